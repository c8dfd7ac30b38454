-- Certificates signed once per subject, window and content (issue 14, defect 8). In AWS the DSC key is in KMS, whose
-- request quota for ECC signing (a few hundred per second per account and region) is below the certificates per
-- second the product must serve; a signature is therefore kept and handed out again while nothing it covers changes.
--
-- A cache, never the source of truth: a certificate is still a function of the record, the window and the key
-- (CertificateOnDemand); a row is used only when the CWT computed now from the record (content_hash, SHA-256 of the
-- bytes the signature covers: the DCC with its UVCI, iat, exp) and the active key (key_id, the COSE kid) are those it
-- was signed for, and only while its UVCI is not revoked. Deleting any row, or all of them, costs a signature each on
-- the next requests and changes nothing else. One row per subject and window: a correction, a re-confirmed dose or a
-- new key replaces it. Rows go with their subject, and the daily renewal scan deletes those of windows that ended
-- (the HC1 carries name and birth date: it is not kept beyond its window).
CREATE TABLE certificate_signed (
    subject_id      varchar(64)  NOT NULL REFERENCES vaccination_subject (subject_id) ON DELETE CASCADE,
    window_start    timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    uvci            varchar(64)  NOT NULL,
    content_hash    bytea        NOT NULL CHECK (octet_length(content_hash) = 32),
    key_id          bytea        NOT NULL,
    hc1             text         NOT NULL,
    signed_at       timestamptz  NOT NULL,
    PRIMARY KEY (subject_id, window_start)
);
CREATE INDEX certificate_signed_expiry ON certificate_signed (expires_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON certificate_signed TO vaxpass_app;
