/**
 * Signers and keys: the {@link vn.vaxpass.signing.Signer} port with its two implementations,
 * {@link vn.vaxpass.signing.SoftwareSigner} (keys generated locally, PEM or PKCS#12) and
 * {@link vn.vaxpass.signing.KmsSigner} (AWS KMS), picked by {@code vaxpass.signing.mode}
 * ({@link vn.vaxpass.signing.SigningBeans}); the COSE algorithms ES256 and PS256
 * ({@link vn.vaxpass.signing.CoseAlgorithm}), signature checks ({@link vn.vaxpass.signing.CoseSignatureVerifier},
 * with P-256 tables per trusted key) and the trust list of DSCs ({@link vn.vaxpass.signing.TrustList}).
 *
 * <p>Depends on no other Vaxpass package and must not: {@code certificate} hands it the bytes to sign and check.
 */
package vn.vaxpass.signing;
