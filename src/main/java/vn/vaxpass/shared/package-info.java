/**
 * Small values several features share: {@link vn.vaxpass.shared.FieldError} (one field's error code, as every
 * problem body reports it), {@link vn.vaxpass.shared.IsoDate} (ISO dates read without a formatter) and
 * {@link vn.vaxpass.shared.ValidityWindow} (a certificate's validity).
 *
 * <p>Depends on no other Vaxpass package and must not; it holds no feature logic, only what would otherwise make
 * two features depend on each other.
 */
package vn.vaxpass.shared;
