-- The lookup throttle's counts (LookupThrottle) are written on every lookup. They are not worth a WAL record each:
-- an unlogged table skips the WAL, and all a crash (or a failover to a replica, which unlogged tables do not
-- reach) loses is the current windows' counts, which only lets callers start their windows afresh.
ALTER TABLE lookup_throttle SET UNLOGGED;
