-- Scheduled renewal (vn.vaxpass.certificate.renewal): a daily scan finds the subjects whose current certificate
-- window ends within vaxpass.renewal.notice-days and sends one certificate-renewal-due message each; a consumer
-- computes the next window's certificate ahead (noted in certificate_served like any certificate handed out) and
-- tells the citizen through a citizen-notification message. Ids and dates only, no personal data.

-- One row per subject and next window once a renewal-due message has been handled to the end (certificate noted,
-- notification sent): a redelivered or repeated message finds it and does nothing; the scan skips the subject.
-- outcome RENEWED: the next window's certificate was computed (uvci); BLOCKED: the record is not eligible any more
-- (reasons: the EligibilityReason codes, ';'-separated), and the citizen was told what to fix.
CREATE TABLE certificate_renewal (
    subject_id      varchar(64)  NOT NULL REFERENCES vaccination_subject (subject_id) ON DELETE CASCADE,
    window_start    timestamptz  NOT NULL,
    outcome         varchar(16)  NOT NULL CHECK (outcome IN ('RENEWED', 'BLOCKED')),
    uvci            varchar(64),
    reasons         text,
    handled_at      timestamptz  NOT NULL,
    PRIMARY KEY (subject_id, window_start),
    CHECK ((outcome = 'RENEWED') = (uvci IS NOT NULL))
);

-- The scan's pre-filter: windows follow one another every 12 calendar months in Asia/Ho_Chi_Minh, so a window ends
-- on the anchor's month and day (MMDD as an integer; 29 February anchors end on 28 February from their second
-- window on). The scan reads the anchors whose MMDD lies in the notice period, by keyset on (MMDD, subject_id);
-- the exact window is computed in Java (AnchoredWindows).
CREATE INDEX certificate_anchor_month_day ON certificate_anchor (
    ((date_part('month', first_signed_at AT TIME ZONE 'Asia/Ho_Chi_Minh') * 100
      + date_part('day', first_signed_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::integer), subject_id);
