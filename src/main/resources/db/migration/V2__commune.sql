-- Communes (wards, townships) by their GSO code, with the province each belongs to. A commune code alone does not
-- say its province, and health staff see only the subjects of their province or commune: a subject's
-- province_code is looked up here when subjects are imported.
CREATE TABLE commune (
    commune_code    varchar(16)  PRIMARY KEY,                -- GSO code, 5 digits
    province_code   varchar(2)   NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),  -- GSO province code
    name            text
);
CREATE INDEX commune_province ON commune (province_code, commune_code);
-- No foreign key from vaccination_subject.commune_code: the subject import checks the commune and reports the one
-- row (UNKNOWN_COMMUNE) where a constraint would fail the whole file.
