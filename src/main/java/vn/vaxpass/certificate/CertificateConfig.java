package vn.vaxpass.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code vaxpass.certificate.*}: how certificates are written. */
@ConfigMapping(prefix = "vaxpass.certificate")
public interface CertificateConfig {

    /** Append the optional Luhn mod 38 check character ({@code #X}) to UVCIs (eHN UVCI guideline, Annex 2). */
    @WithDefault("true")
    boolean uvciChecksum();

    /** The certificate issuer's name, written into every certificate's {@code is} field (DCC schema, max. 80 characters). */
    @WithDefault("Ministry of Health of Viet Nam")
    String issuer();

    /**
     * Keep each signed certificate (table {@code certificate_signed}) and hand it out again while what it covers and
     * the signing key are unchanged: one signature per subject, window and content, which keeps KMS within its request
     * quota. A cache, never the source of truth: off, every request is signed again and nothing else changes.
     */
    @WithDefault("true")
    boolean signOnce();
}
