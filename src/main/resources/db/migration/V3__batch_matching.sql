-- Batch matching: the index the commune-and-year candidate block needs, and a job's results written once.
-- (V3, not V2: V2 is the registry and subject imports', written on another branch.)

-- The second matching pass fetches everyone of a commune born in a year (SubjectMatcher's commune block);
-- registry_person_commune_name (commune_code, ascii_key) cannot serve that lookup.
CREATE INDEX registry_person_commune_year ON registry_person (commune_code, birth_year);

-- A chunk processed twice for the same job (a retried message, a rerun after a crash) writes its results
-- once: inserts go ON CONFLICT (job_id, subject_id) DO NOTHING. Results without a job (NULL job_id never
-- conflicts) keep every run, as before.
CREATE UNIQUE INDEX match_result_job_subject ON match_result (job_id, subject_id);
