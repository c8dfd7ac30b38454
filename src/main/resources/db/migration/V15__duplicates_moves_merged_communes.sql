-- Issue 11, the outcomes that close an item by pointing elsewhere, and the communes merged on 1 July 2025.
--
-- A duplicate names the subject it duplicates (duplicate_of); once applied the two are merged: the duplicate's doses
-- move to the kept subject and the duplicate is closed (subject_merge). A move names the commune moved to
-- (moved_to_commune); once applied the item closes here and the subject is offered, once, to that commune's next list
-- as a MOVED_IN item (moved_from_item: the closed item it came from). The subject's own commune changes only when the
-- receiving commune's station applies that item (docs/adr/0009-moved-away-subjects-change-commune-on-arrival.md).

ALTER TABLE correction_item DROP CONSTRAINT correction_item_outcome_check;
ALTER TABLE correction_item ADD CONSTRAINT correction_item_outcome_check
    CHECK (outcome IN ('MOVED_AWAY', 'DECEASED', 'NOT_RESIDENT', 'NOT_FOUND', 'DUPLICATE_OF'));
ALTER TABLE correction_item DROP CONSTRAINT correction_item_source_check;
ALTER TABLE correction_item ADD CONSTRAINT correction_item_source_check
    CHECK (source IN ('REGISTRY_CHECK', 'CITIZEN_REPORT', 'MOVED_IN'));
ALTER TABLE correction_item
    ADD COLUMN duplicate_of      varchar(64),                 -- DUPLICATE_OF: the subject kept
    ADD COLUMN moved_to_commune  varchar(16),                 -- MOVED_AWAY: the commune moved to, when known
    ADD COLUMN moved_from_item   bigint;                      -- MOVED_IN: the item closed in the commune moved from
-- A closed move is offered to one list only.
CREATE UNIQUE INDEX correction_item_offered_once ON correction_item (moved_from_item)
    WHERE moved_from_item IS NOT NULL;
CREATE INDEX correction_item_moved_to ON correction_item (moved_to_commune)
    WHERE moved_to_commune IS NOT NULL AND state = 'CLOSED';

-- Subjects merged into another (SubjectMerges): the duplicate keeps its row (its personal data and history) but no
-- doses and no certificate from then on. Its served certificates are revoked: their dose is no longer its own.
CREATE TABLE subject_merge (
    subject_id       varchar(64)  PRIMARY KEY REFERENCES vaccination_subject (subject_id) ON DELETE CASCADE,
    kept_subject_id  varchar(64)  NOT NULL REFERENCES vaccination_subject (subject_id) ON DELETE CASCADE,
    merged_at        timestamptz  NOT NULL,
    list_id          uuid,
    item_id          bigint,
    CHECK (subject_id <> kept_subject_id)
);
CREATE INDEX subject_merge_kept ON subject_merge (kept_subject_id);

-- Communes merged since 1 July 2025: each old code records may carry, and the current commune it belongs to now
-- (CommuneSuccessorImport, commune-successors.csv). Records keep the codes they were entered with; lists, reports
-- and tokens' jurisdiction use the current code. A current commune is not itself an old code (one step only).
CREATE TABLE commune_successor (
    old_code      varchar(16)  PRIMARY KEY,
    current_code  varchar(16)  NOT NULL,
    CHECK (old_code <> current_code)
);
CREATE INDEX commune_successor_current ON commune_successor (current_code, old_code);
