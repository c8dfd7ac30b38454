-- Registry-match batch jobs: a job (every subject of a commune or province, or the subjects of an uploaded file) is
-- cut into chunks, each matched by a worker that an SQS message starts. Job and chunks are written in one
-- transaction before any message is sent, so a crash loses nothing: chunks not done whose last send is old are sent
-- again (StaleChunkSweep), and a chunk processed twice writes its results once (match_result_job_subject, V3) and
-- counts once (done_at is set once).

CREATE TABLE match_job (
    id                  uuid         PRIMARY KEY,
    scope_level         varchar(8)   NOT NULL CHECK (scope_level IN ('COMMUNE', 'PROVINCE', 'UPLOAD')),
    scope_code          varchar(16),                          -- the commune or province; NULL for an upload
    -- Who may see the job: staff of this province, and of this commune when one is set (commune jobs, and uploads
    -- by a commune's staff).
    province_code       varchar(2)   NOT NULL,
    commune_code        varchar(16),
    requested_by        varchar(255) NOT NULL,                -- the token's subject (sub): an account id, no name
    submitted_at        timestamptz  NOT NULL,
    finished_at         timestamptz,                          -- set with the last chunk
    chunk_count         integer      NOT NULL,
    subject_count       bigint       NOT NULL,                -- as planned at submission
    chunks_done         integer      NOT NULL DEFAULT 0,
    subjects_done       bigint       NOT NULL DEFAULT 0,      -- results written by the chunks done
    -- Results of the chunks done, by status (MatchStatus).
    verified            bigint       NOT NULL DEFAULT 0,
    mismatch            bigint       NOT NULL DEFAULT 0,
    not_found           bigint       NOT NULL DEFAULT 0,
    invalid_id_format   bigint       NOT NULL DEFAULT 0,
    missing_id          bigint       NOT NULL DEFAULT 0,
    CHECK ((scope_level = 'UPLOAD') = (scope_code IS NULL))
);
CREATE INDEX match_job_province ON match_job (province_code, submitted_at DESC);

-- A chunk holds its subjects either as a key range of its scope (first..last subject_id, inclusive, of the commune or
-- province) or, for an upload, as the list of the file's subject ids.
CREATE TABLE match_job_chunk (
    job_id              uuid         NOT NULL REFERENCES match_job (id) ON DELETE CASCADE,
    chunk_number        integer      NOT NULL CHECK (chunk_number >= 0),
    first_subject_id    varchar(64),
    last_subject_id     varchar(64),
    subject_ids         varchar(64)[],
    subject_count       integer      NOT NULL,
    last_sent_at        timestamptz  NOT NULL,                -- when its message was last sent (or was due to be)
    done_at             timestamptz,
    PRIMARY KEY (job_id, chunk_number),
    CHECK ((subject_ids IS NULL) = (first_subject_id IS NOT NULL AND last_subject_id IS NOT NULL))
);
-- The sweep's question: chunks not done, oldest send first.
CREATE INDEX match_job_chunk_pending ON match_job_chunk (last_sent_at) WHERE done_at IS NULL;
