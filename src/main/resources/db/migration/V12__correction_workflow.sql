-- The correction workflow (functions/correction): a commune's clean-up list, its items, the police's signed
-- hand-back, citizens' reports and the audit trail of every change to a subject's personal data. Lists, items,
-- hand-backs and reports are workflow state, mapped as Hibernate Reactive Panache entities with optimistic locking
-- (version); list creation, bulk confirmation and apply write them with set-based SQL too, bumping version as
-- Hibernate does. Subjects themselves stay vaccination_subject's (SubjectStore): their own version counts changes of
-- personal data only.

CREATE TABLE correction_list (
    id              uuid         PRIMARY KEY,
    commune_code    varchar(16)  NOT NULL,
    province_code   varchar(8)   NOT NULL,
    state           varchar(16)  NOT NULL CHECK (state IN ('OPEN', 'WITH_POLICE', 'HANDED_BACK', 'APPLIED')),
    created_by      varchar(128) NOT NULL,
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz,
    content_hash    varchar(64),                              -- SHA-256 (hex) of the items as sent to the police
    applied_at      timestamptz,
    version         integer      NOT NULL DEFAULT 0
);
-- One unfinished list per commune: a second would list the same people twice.
CREATE UNIQUE INDEX correction_list_one_unfinished ON correction_list (commune_code) WHERE state <> 'APPLIED';
CREATE INDEX correction_list_province ON correction_list (province_code, created_at DESC);

-- Items are created by set-based SQL only (ListCreation), so their ids come from nextval one by one.
CREATE SEQUENCE correction_item_SEQ START WITH 1 INCREMENT BY 1;
CREATE TABLE correction_item (
    id                      bigint       PRIMARY KEY,
    list_id                 uuid         NOT NULL REFERENCES correction_list (id),
    subject_id              varchar(64)  NOT NULL,
    subject_version         integer      NOT NULL,            -- the subject's version when listed
    source                  varchar(16)  NOT NULL CHECK (source IN ('REGISTRY_CHECK', 'CITIZEN_REPORT')),
    problem                 varchar(24)  NOT NULL,            -- the latest check's status, or NOT_CHECKED / OUTDATED
    mismatched_fields       varchar(32),
    suggested_id_number     varchar(12),
    confidence              numeric(4, 3),
    village                 varchar(64),
    state                   varchar(16)  NOT NULL CHECK (state IN ('OPEN', 'ASSIGNED', 'PROPOSED', 'WITH_POLICE',
                                'CONFIRMED', 'CORRECTED', 'REJECTED', 'APPLIED', 'VERIFIED', 'CLOSED')),
    proposed_full_name      text,
    proposed_date_of_birth  varchar(32),
    proposed_gender         varchar(8),
    proposed_id_number      varchar(12),
    outcome                 varchar(16)  CHECK (outcome IN ('MOVED_AWAY', 'DECEASED', 'NOT_RESIDENT', 'NOT_FOUND')),
    note                    text,
    proposed_by             varchar(128),
    decided_full_name       text,
    decided_date_of_birth   varchar(32),
    decided_gender          varchar(8),
    decided_id_number       varchar(12),
    rejection_reason        text,
    decided_by              varchar(128),
    decided_at              timestamptz,
    applied_at              timestamptz,
    version                 integer      NOT NULL DEFAULT 0,
    UNIQUE (list_id, subject_id)
);
CREATE INDEX correction_item_subject ON correction_item (subject_id);

CREATE TABLE correction_hand_back (
    list_id          uuid         PRIMARY KEY REFERENCES correction_list (id),
    officer          varchar(128) NOT NULL,                   -- the signing officer's token subject
    signed_at        timestamptz  NOT NULL,
    decisions_hash   varchar(64)  NOT NULL,                   -- SHA-256 (hex) over every decision, in item order
    key_id           varchar(64)  NOT NULL,
    document         text         NOT NULL,                   -- the signed hand-back: a compact JWS (ES256)
    officer_signature text,                                   -- room for the officer's own signature over the hash
    applied_at       timestamptz,
    version          integer      NOT NULL DEFAULT 0
);

CREATE SEQUENCE citizen_report_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE citizen_report (
    id                      bigint       PRIMARY KEY,
    subject_id              varchar(64)  NOT NULL,
    commune_code            varchar(16)  NOT NULL,
    reported_full_name      text,
    reported_date_of_birth  varchar(32),
    reported_gender         varchar(8),
    reported_id_number      varchar(12),
    note                    text,
    state                   varchar(16)  NOT NULL CHECK (state IN ('RECEIVED', 'LISTED', 'RESOLVED')),
    item_id                 bigint,
    reported_at             timestamptz  NOT NULL,
    version                 integer      NOT NULL DEFAULT 0
);
-- One open report per subject.
CREATE UNIQUE INDEX citizen_report_one_open ON citizen_report (subject_id) WHERE state <> 'RESOLVED';

-- Subjects known to have died, from a confirmed and applied DECEASED outcome (SubjectDeaths): no certificate from
-- then on. The record itself stays (its doses happened).
CREATE TABLE subject_death (
    subject_id   varchar(64)  PRIMARY KEY REFERENCES vaccination_subject (subject_id) ON DELETE CASCADE,
    recorded_at  timestamptz  NOT NULL,
    list_id      uuid,
    item_id      bigint
);

-- Append-only: the application's database role may insert and read audit rows, never change or delete them (below).
CREATE TABLE correction_audit (
    id           bigserial    PRIMARY KEY,
    at           timestamptz  NOT NULL,
    account      varchar(128) NOT NULL,                       -- the token subject that acted
    role         varchar(32)  NOT NULL,
    subject_id   varchar(64)  NOT NULL,
    source       varchar(16)  NOT NULL CHECK (source IN ('EDIT', 'POLICE', 'IMPORT', 'CITIZEN_REPORT')),
    list_id      uuid,
    item_id      bigint,
    before       jsonb        NOT NULL,
    after        jsonb        NOT NULL,
    reason       text
);
CREATE INDEX correction_audit_subject ON correction_audit (subject_id, at);
CREATE INDEX correction_audit_day ON correction_audit (at);

-- The application's role: it owns nothing, so it cannot alter the schema or lift its own limits. Migrations run as
-- the schema owner; the functions and serve connect as vaxpass_app (docs/configuration.md). Roles are the cluster's,
-- so the role may exist already (another database of the same server).
DO $$
BEGIN
    CREATE ROLE vaxpass_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO vaxpass_app', current_database());
END
$$;
GRANT USAGE ON SCHEMA public TO vaxpass_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO vaxpass_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO vaxpass_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO vaxpass_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO vaxpass_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO vaxpass_app;
REVOKE UPDATE, DELETE, TRUNCATE ON correction_audit FROM vaxpass_app;
