-- One row per text message the product sends (sms-requested's messageId, a citizen-notification's notificationId):
-- the delivery's claim, so that a message the queue delivers again sends no second SMS (docs/messages.md). It holds
-- neither the phone number nor the text.
CREATE TABLE sms_delivery (
    message_id uuid PRIMARY KEY,
    state      text        NOT NULL CHECK (state IN ('SENDING', 'SENT')),
    claimed_at timestamptz NOT NULL,
    sent_at    timestamptz
);

-- serve's outbox: the texts it would have sent, for a developer (and the tests) to read instead of a phone. Only
-- serve writes it; its retention job deletes what is older than a day (the rows hold phone numbers and codes).
CREATE TABLE sms_outbox (
    message_id uuid PRIMARY KEY,
    phone      text        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX sms_outbox_created_at ON sms_outbox (created_at);
