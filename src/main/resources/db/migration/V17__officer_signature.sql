-- The officer's own signature over a hand-back's decisions hash (a CMS detached signature made with a government CA
-- certificate; officer_signature holds it in base64): whose certificate signed, when it says it signed, and which
-- police account attached it. Where it exists it is THE signature of the hand-back; the server's JWS stays beside it.
ALTER TABLE correction_hand_back
    ADD COLUMN officer_certificate_subject text,
    ADD COLUMN officer_certificate_issuer  text,
    ADD COLUMN officer_certificate_serial  varchar(64),
    ADD COLUMN officer_signed_at           timestamptz,
    ADD COLUMN officer_signature_attached_by varchar(128);
