-- Certificates on demand: facilities' dose confirmations, each subject's window anchor, and which certificates
-- were handed out (so that a later correction can revoke them). Nothing of a certificate itself is stored: it
-- is signed again from the record on every request.

-- Facility staff confirm ("ký xác nhận") a day's doses of their facility. Every confirmation is kept; the newest
-- per dose counts. content_hash is SHA-256 over the dose's canonical form (vn.vaxpass.confirmation.DoseContent):
-- a dose whose content differs from it now has lost its confirmation, without any trigger.
CREATE TABLE dose_confirmation (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dose_id         bigint       NOT NULL REFERENCES dose (id) ON DELETE CASCADE,
    facility_code   varchar(32)  NOT NULL,
    confirmed_by    varchar(255) NOT NULL,                   -- the staff token's subject (sub), no personal data
    confirmed_at    timestamptz  NOT NULL,
    content_hash    bytea        NOT NULL CHECK (octet_length(content_hash) = 32)
);
CREATE INDEX dose_confirmation_latest ON dose_confirmation (dose_id, confirmed_at DESC, id DESC);

-- A facility confirms the doses it gave on one day.
CREATE INDEX dose_facility_day ON dose (facility_code, vaccinated_on);

-- The first MoH signature of a subject's certificate: written once, it anchors consecutive 12-month windows.
CREATE TABLE certificate_anchor (
    subject_id      varchar(64)  PRIMARY KEY REFERENCES vaccination_subject (subject_id) ON DELETE CASCADE,
    first_signed_at timestamptz  NOT NULL
);

-- Each certificate handed out, by its UVCI: what it was made from (the subject's version, the window, the
-- certified dose and its content hash). The revocation list is derived from it (CertificateRevocations): a
-- certificate whose subject has a newer version, or whose dose was confirmed again with other content, is
-- revoked until it expires. No foreign keys: a certificate stays listed when its subject or dose is deleted.
CREATE TABLE certificate_served (
    uvci            varchar(64)  PRIMARY KEY,
    subject_id      varchar(64)  NOT NULL,
    subject_version integer      NOT NULL,
    window_start    timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    dose_id         bigint       NOT NULL,
    dose_hash       bytea        NOT NULL CHECK (octet_length(dose_hash) = 32),
    first_served_at timestamptz  NOT NULL
);
CREATE INDEX certificate_served_subject ON certificate_served (subject_id, expires_at);
CREATE INDEX certificate_served_expiry ON certificate_served (expires_at);
