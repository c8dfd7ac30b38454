-- The registry must not become an oracle (issue 11). Two tables:
--
-- registry_disclosure: who was shown registry data, when, and about whom (RegistryDisclosureStore). One row per
-- single-subject check (subject_id set), one per results.csv download (job_id set, not one row per subject of the
-- job), one per read of a correction list that shows suggestions (list_id set). Append-only in the database
-- itself: a trigger refuses UPDATE and DELETE, whoever asks.
CREATE TABLE registry_disclosure (
    id          bigserial    PRIMARY KEY,
    account     varchar(255) NOT NULL,                  -- the token's subject (sub): an account id, no name
    roles       text[]       NOT NULL,                  -- the token's roles (groups), sorted
    revealed    varchar(32)  NOT NULL CHECK (revealed IN ('MATCH_CHECK', 'JOB_RESULTS', 'CORRECTION_LIST')),
    subject_id  varchar(64),                            -- MATCH_CHECK: the stored subject checked
    job_id      uuid,                                   -- JOB_RESULTS: the job downloaded; no foreign key, the audit
                                                        -- outlives the job
    list_id     uuid,                                   -- CORRECTION_LIST: the clean-up list read, with its
                                                        -- suggestions (masked or whole by role)
    at          timestamptz  NOT NULL DEFAULT now(),
    CHECK ((revealed = 'MATCH_CHECK') = (subject_id IS NOT NULL)),
    CHECK ((revealed = 'JOB_RESULTS') = (job_id IS NOT NULL)),
    CHECK ((revealed = 'CORRECTION_LIST') = (list_id IS NOT NULL))
);
-- The auditors' questions: what did this account see, what was shown about this subject.
CREATE INDEX registry_disclosure_account ON registry_disclosure (account, at);
CREATE INDEX registry_disclosure_subject ON registry_disclosure (subject_id, at) WHERE subject_id IS NOT NULL;

CREATE FUNCTION registry_disclosure_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'registry_disclosure is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER registry_disclosure_append_only BEFORE UPDATE OR DELETE ON registry_disclosure
    FOR EACH ROW EXECUTE FUNCTION registry_disclosure_append_only();

-- registry_quota: registry checks per account per UTC day (RegistryQuota, vaxpass.registry.daily-quota). One
-- statement takes checks only while the day's total stays within the limit, atomic under concurrency. Yesterday's
-- rows are worth nothing but are kept small (one per account and day).
CREATE TABLE registry_quota (
    account     varchar(255) NOT NULL,
    day         date         NOT NULL,                  -- the UTC day
    used        integer      NOT NULL CHECK (used >= 0),
    PRIMARY KEY (account, day)
);
