-- The population registry's mirror (loaded from an extract), the vaccination platform's subjects and
-- doses, and the registry-match results (every run kept; the latest per subject easy to query).

-- Registry mirror: one row per person, as the registry holds them.
CREATE TABLE registry_person (
    id_number       varchar(12)  PRIMARY KEY,                -- 12-digit personal ID (CCCD)
    old_id_number   varchar(9)   UNIQUE,                     -- 9-digit CMND, if any
    full_name       text         NOT NULL,
    name_key        text         NOT NULL,                   -- canonical form: NFC, one tone placement, folded
    ascii_key       text         NOT NULL,                   -- without diacritics, for finding candidates
    date_of_birth   varchar(10)  NOT NULL,                   -- YYYY-MM-DD, or YYYY when only the year is known
    birth_year      smallint     NOT NULL,
    gender          char(1)      NOT NULL CHECK (gender IN ('M', 'F')),
    commune_code    varchar(16)  NOT NULL
);
-- Candidates for a subject with a wrong number: same commune and name, or same name and birth year.
CREATE INDEX registry_person_commune_name ON registry_person (commune_code, ascii_key);
CREATE INDEX registry_person_name_year ON registry_person (ascii_key, birth_year);

-- Vaccination subjects as clerks typed them (raw values kept: corrections must see what was entered).
CREATE TABLE vaccination_subject (
    subject_id      varchar(64)  PRIMARY KEY,
    full_name       text         NOT NULL,
    date_of_birth   varchar(32)  NOT NULL,
    gender          varchar(8)   NOT NULL,
    id_number       varchar(64),
    phone           varchar(32),
    commune_code    varchar(16)  NOT NULL,
    province_code   varchar(8)   NOT NULL,                   -- derived from the commune: jurisdiction checks
    version         integer      NOT NULL DEFAULT 1,         -- bumped by every change of personal data
    updated_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX vaccination_subject_commune ON vaccination_subject (commune_code, subject_id);
CREATE INDEX vaccination_subject_province ON vaccination_subject (province_code, subject_id);

CREATE SEQUENCE dose_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dose (
    id              bigint       PRIMARY KEY,
    subject_id      varchar(64)  NOT NULL REFERENCES vaccination_subject (subject_id) ON DELETE CASCADE,
    dose_number     smallint     NOT NULL CHECK (dose_number >= 1),
    total_doses     smallint     NOT NULL CHECK (total_doses >= 1),
    vaccinated_on   date         NOT NULL,
    product         varchar(32)  NOT NULL,                   -- EU value set vaccine-medicinal-product
    manufacturer    varchar(32)  NOT NULL,                   -- EU value set vaccine-mah-manf
    prophylaxis     varchar(32)  NOT NULL,                   -- EU value set vaccine-prophylaxis
    lot             varchar(64),
    facility_code   varchar(32)  NOT NULL,
    UNIQUE (subject_id, dose_number)
);

-- Registry-match results: history kept, newest per subject through the view below.
CREATE SEQUENCE match_result_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE match_result (
    id                  bigint       PRIMARY KEY,
    subject_id          varchar(64)  NOT NULL REFERENCES vaccination_subject (subject_id) ON DELETE CASCADE,
    subject_version     integer      NOT NULL,
    status              varchar(24)  NOT NULL
        CHECK (status IN ('MISSING_ID', 'INVALID_ID_FORMAT', 'NOT_FOUND', 'MISMATCH', 'VERIFIED')),
    mismatched_fields   varchar(32),                          -- name;dob;gender
    suggested_id_number varchar(12),
    confidence          numeric(4, 3),
    matched_at          timestamptz  NOT NULL,
    job_id              uuid
);
CREATE INDEX match_result_subject_latest ON match_result (subject_id, matched_at DESC, id DESC);

CREATE VIEW latest_match_result AS
SELECT DISTINCT ON (subject_id) *
FROM match_result
ORDER BY subject_id, matched_at DESC, id DESC;
