-- Subjects by check status per commune, kept (issue 11): the correction progress report of a province of 1M subjects
-- read them in 2–4 s by finding every subject's latest match_result on each call; it now sums check_status_count,
-- a row per (province, commune, status).
--
-- Kept by triggers, not by the writers' own SQL: a subject's check status changes with a new match_result (matching
-- jobs, the re-match after an edit, an import or an applied hand-back), with a subject's version (SubjectStore's
-- corrections, the subjects import's merge), with its commune or province (the import, a move), and with rows deleted
-- (a subject merged away, a job's results cleared, TRUNCATE in tests and benches). Those are many statements in
-- several modules, some of them plain SQL in benches and fixtures; one missed path and the counts drift for good. A
-- trigger sees every one of them. The triggers are per statement with transition tables, so a chunk of 20,000 results
-- is recounted with set-based SQL, not 20,000 row triggers.
--
-- How: subject_check_counted holds, per subject, the (province, commune, status) it is counted under in
-- check_status_count. After a statement, recount_check_status(ids) works out the status of the subjects it touched
-- from the tables as they are now (the latest match_result by matched_at, id; NOT_CHECKED without one; OUTDATED when
-- it checked another version), and moves each subject whose key changed from its old count to its new one. Exact by
-- construction: check_status_count is always the grouping of subject_check_counted, and subject_check_counted is what
-- a fresh count gives for every subject a statement touched (KeptCheckCountsEqualAFreshCountThroughEveryWritePath).
-- Concurrency: the recount first locks the subjects' subject_check_counted rows, then reads the tables in a statement
-- of its own (a snapshot taken after the lock), so of two transactions writing results for one subject the second
-- counts what the first committed. Count rows are updated in key order; a count row stays locked until its
-- transaction ends, so concurrent writers of one commune's statuses queue there (matching chunks write in autocommit).

CREATE TABLE subject_check_counted (
    subject_id      varchar(64)  PRIMARY KEY,               -- no foreign key: a deleted subject is uncounted by the trigger
    province_code   varchar(8)   NOT NULL,
    commune_code    varchar(16)  NOT NULL,
    check_status    varchar(24)  NOT NULL
);

CREATE TABLE check_status_count (
    province_code   varchar(8)   NOT NULL,
    commune_code    varchar(16)  NOT NULL,
    check_status    varchar(24)  NOT NULL,                   -- match_result's statuses, OUTDATED, NOT_CHECKED
    -- 0 when every subject left: the report skips it. No CHECK (subjects >= 0): the recount's upsert proposes a
    -- negative change as the row to insert, and PostgreSQL checks that row before it finds the conflict.
    subjects        bigint       NOT NULL,
    PRIMARY KEY (province_code, commune_code, check_status)
);
CREATE INDEX check_status_count_commune ON check_status_count (commune_code);

-- The status a subject is counted under: ProgressReport's statuses.
CREATE FUNCTION check_status_of(result_status text, result_version integer, subject_version integer)
    RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN result_status IS NULL THEN 'NOT_CHECKED'
                WHEN result_version <> subject_version THEN 'OUTDATED' ELSE result_status END
$$;

CREATE FUNCTION recount_check_status(subject_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(subject_ids) = 0 THEN
        RETURN;
    END IF;
    -- A statement of its own: the next one takes its snapshot after any other writer of these subjects committed.
    PERFORM 1 FROM subject_check_counted WHERE subject_id = ANY (subject_ids) ORDER BY subject_id FOR UPDATE;
    WITH now_counted AS (
        SELECT s.subject_id, s.province_code, s.commune_code,
               check_status_of(r.status, r.subject_version, s.version) AS check_status
          FROM vaccination_subject s
          LEFT JOIN LATERAL (SELECT m.status, m.subject_version FROM match_result m WHERE m.subject_id = s.subject_id
                              ORDER BY m.matched_at DESC, m.id DESC LIMIT 1) r ON true
         WHERE s.subject_id = ANY (subject_ids)
    ), was_counted AS (
        SELECT * FROM subject_check_counted WHERE subject_id = ANY (subject_ids)
    ), moved AS (
        SELECT coalesce(n.subject_id, w.subject_id) AS subject_id,
               n.province_code, n.commune_code, n.check_status,
               w.province_code AS was_province_code, w.commune_code AS was_commune_code,
               w.check_status AS was_check_status
          FROM now_counted n FULL JOIN was_counted w ON w.subject_id = n.subject_id
         WHERE (n.province_code, n.commune_code, n.check_status)
               IS DISTINCT FROM (w.province_code, w.commune_code, w.check_status)
    ), counted AS (
        INSERT INTO subject_check_counted (subject_id, province_code, commune_code, check_status)
        SELECT subject_id, province_code, commune_code, check_status FROM moved WHERE check_status IS NOT NULL
        ON CONFLICT (subject_id) DO UPDATE SET province_code = EXCLUDED.province_code,
            commune_code = EXCLUDED.commune_code, check_status = EXCLUDED.check_status
    ), uncounted AS (
        DELETE FROM subject_check_counted c USING moved
         WHERE c.subject_id = moved.subject_id AND moved.check_status IS NULL
    )
    INSERT INTO check_status_count AS kept (province_code, commune_code, check_status, subjects)
    SELECT province_code, commune_code, check_status, sum(change)
      FROM (SELECT province_code, commune_code, check_status, 1 AS change FROM moved WHERE check_status IS NOT NULL
            UNION ALL
            SELECT was_province_code, was_commune_code, was_check_status, -1 FROM moved
             WHERE was_check_status IS NOT NULL) changes
     GROUP BY 1, 2, 3 HAVING sum(change) <> 0
     ORDER BY 1, 2, 3                                          -- one lock order for every writer
    ON CONFLICT (province_code, commune_code, check_status)
        DO UPDATE SET subjects = kept.subjects + EXCLUDED.subjects;
END
$$;

-- Everything counted again from the tables: the backfill below, and after a TRUNCATE.
CREATE FUNCTION recount_all_check_statuses() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM subject_check_counted;
    DELETE FROM check_status_count;
    INSERT INTO subject_check_counted (subject_id, province_code, commune_code, check_status)
    SELECT s.subject_id, s.province_code, s.commune_code, check_status_of(r.status, r.subject_version, s.version)
      FROM vaccination_subject s
      LEFT JOIN (SELECT DISTINCT ON (subject_id) subject_id, status, subject_version FROM match_result
                  ORDER BY subject_id, matched_at DESC, id DESC) r ON r.subject_id = s.subject_id;
    INSERT INTO check_status_count (province_code, commune_code, check_status, subjects)
    SELECT province_code, commune_code, check_status, count(*) FROM subject_check_counted GROUP BY 1, 2, 3;
END
$$;

-- Triggers with transition tables take one event each; INSERT and DELETE name theirs changed_rows to share a function.
CREATE FUNCTION recount_changed_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM recount_check_status(ARRAY(SELECT DISTINCT subject_id FROM changed_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION recount_updated_results() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM recount_check_status(ARRAY(SELECT subject_id FROM old_rows UNION SELECT subject_id FROM new_rows));
    RETURN NULL;
END
$$;

-- A subject's status, commune or province moves only with these columns; a new phone number recounts nothing.
CREATE FUNCTION recount_updated_subjects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM recount_check_status(ARRAY(
        SELECT coalesce(n.subject_id, o.subject_id)
          FROM new_rows n FULL JOIN old_rows o ON o.subject_id = n.subject_id
         WHERE (n.version, n.commune_code, n.province_code) IS DISTINCT FROM (o.version, o.commune_code, o.province_code)));
    RETURN NULL;
END
$$;

CREATE FUNCTION recount_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM recount_all_check_statuses();
    RETURN NULL;
END
$$;

-- No writer may slip between the backfill and the triggers.
LOCK TABLE vaccination_subject, match_result IN SHARE MODE;

SELECT recount_all_check_statuses();

CREATE TRIGGER match_result_inserted_recount AFTER INSERT ON match_result
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_changed_rows();
CREATE TRIGGER match_result_deleted_recount AFTER DELETE ON match_result
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_changed_rows();
CREATE TRIGGER match_result_updated_recount AFTER UPDATE ON match_result
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_updated_results();
CREATE TRIGGER match_result_truncated_recount AFTER TRUNCATE ON match_result
    FOR EACH STATEMENT EXECUTE FUNCTION recount_after_truncate();

CREATE TRIGGER vaccination_subject_inserted_recount AFTER INSERT ON vaccination_subject
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_changed_rows();
CREATE TRIGGER vaccination_subject_deleted_recount AFTER DELETE ON vaccination_subject
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_changed_rows();
CREATE TRIGGER vaccination_subject_updated_recount AFTER UPDATE ON vaccination_subject
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_updated_subjects();
CREATE TRIGGER vaccination_subject_truncated_recount AFTER TRUNCATE ON vaccination_subject
    FOR EACH STATEMENT EXECUTE FUNCTION recount_after_truncate();

GRANT SELECT, INSERT, UPDATE, DELETE ON subject_check_counted, check_status_count TO vaxpass_app;
GRANT EXECUTE ON FUNCTION check_status_of(text, integer, integer), recount_check_status(text[]),
    recount_all_check_statuses() TO vaxpass_app;
