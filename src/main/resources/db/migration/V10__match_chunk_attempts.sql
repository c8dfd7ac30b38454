-- A chunk is given up after vaxpass.match-jobs.max-attempts sends of its message (the first one included): the
-- stale-chunk sweep counts the sends in attempts and, instead of sending a chunk once more, marks it failed and
-- counts it on its job, in one statement. A job with a failed chunk is FAILED; its other chunks still run and count.
-- A failed chunk that is done after all (a late or redriven delivery) turns done and leaves the failed count, so the
-- job becomes DONE when nothing else failed; done_at is still set once, so it still counts once.

ALTER TABLE match_job_chunk
    ADD COLUMN attempts  integer     NOT NULL DEFAULT 1 CHECK (attempts >= 1),  -- sends of its message so far
    ADD COLUMN failed_at timestamptz,                                            -- when the sweep gave it up
    ADD CHECK (done_at IS NULL OR failed_at IS NULL);

ALTER TABLE match_job
    ADD COLUMN chunks_failed integer NOT NULL DEFAULT 0 CHECK (chunks_failed >= 0),
    ADD CHECK (chunks_done + chunks_failed <= chunk_count);

-- The sweep's question: chunks neither done nor given up, oldest send first.
DROP INDEX match_job_chunk_pending;
CREATE INDEX match_job_chunk_pending ON match_job_chunk (last_sent_at) WHERE done_at IS NULL AND failed_at IS NULL;
