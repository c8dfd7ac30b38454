-- Citizen lookup: finding a subject by the phone or ID number a clerk typed, one-time-code challenges, and the
-- throttle counters every function instance shares (Lambdas keep no state between calls).

-- The keys a citizen's input is compared on, computed from the clerks' raw values. They only narrow the search:
-- vn.vaxpass.lookup reads each candidate's raw value again with the Java rules (PhoneNumber, IdNumber), which decide.
-- Phone: the digits, without the country code 84 (+84, 0084, 84) or the trunk prefix 0 of a national number, so
-- "+84 912 345 678", "0912.345.678" and "0912345678" share "912345678".
CREATE FUNCTION lookup_phone_key(phone text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (SELECT CASE
                       WHEN d LIKE '0084%' AND length(d) = 13 THEN substr(d, 5)
                       WHEN d LIKE '84%' AND length(d) = 11 THEN substr(d, 3)
                       WHEN d LIKE '0%' AND length(d) = 10 THEN substr(d, 2)
                       ELSE d
                   END
            FROM (SELECT regexp_replace(phone, '[^0-9]', '', 'g') AS d) AS digits);

-- ID number: the digits, as IdNumber reads a field once spaces, dots and dashes are ignored.
CREATE FUNCTION lookup_id_key(id_number text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN regexp_replace(id_number, '[^0-9]', '', 'g');

CREATE INDEX vaccination_subject_phone_key ON vaccination_subject (lookup_phone_key(phone));
CREATE INDEX vaccination_subject_id_key ON vaccination_subject (lookup_id_key(id_number));

-- One row per one-time code requested. The code itself is never stored: only HMAC-SHA256(key, id || code).
-- subject_ids is empty when the details matched nobody; such a challenge exists all the same (the caller gets the
-- same answer either way) and accepts no code.
CREATE TABLE lookup_challenge (
    id              uuid          PRIMARY KEY,
    subject_ids     varchar(64)[] NOT NULL,
    code_hash       bytea         NOT NULL,
    created_at      timestamptz   NOT NULL,
    expires_at      timestamptz   NOT NULL,
    failed_tries    smallint      NOT NULL DEFAULT 0,
    used_at         timestamptz
);
-- For deleting old challenges.
CREATE INDEX lookup_challenge_expires ON lookup_challenge (expires_at);

-- Fixed-window counters: requests per scope (client, phone, ID number) and key in the window starting at
-- window_start. The key is HMAC-SHA256 of the value, so no phone or ID number is stored here.
CREATE TABLE lookup_throttle (
    scope           varchar(16)   NOT NULL,
    key_hash        bytea         NOT NULL,
    window_start    timestamptz   NOT NULL,
    hits            integer       NOT NULL,
    PRIMARY KEY (scope, key_hash)
);
