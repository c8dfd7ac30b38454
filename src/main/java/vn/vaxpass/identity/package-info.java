/**
 * Who a person is, as Vietnamese records write it: names ({@link vn.vaxpass.identity.PersonName}, canonical form
 * by {@link vn.vaxpass.identity.VietnameseNameCanonicalizer}, ICAO 9303 transliteration by
 * {@link vn.vaxpass.identity.IcaoTransliteration}), ID numbers ({@link vn.vaxpass.identity.IdNumber}: the 9-digit
 * CMND and the 12-digit CCCD, their evidence and the repairs of spreadsheet damage), birth dates (year only for
 * some) and gender, read from what clerks type.
 *
 * <p>Pure values and parsing: no database, no logging (the values are personal data). Depends on no other Vaxpass
 * package and must not: registry, matching, vaccination, certificate and lookup all build on it.
 */
package vn.vaxpass.identity;
