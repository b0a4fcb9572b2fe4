-- The tips' tables on PostgreSQL: the same shape as on SQLite (BIGINT where SQLite has INTEGER, so both give
-- Int64), with times as fixed-width UTC text in the "C" collation, so that comparing the text compares the times
-- whatever the cluster's locale.
CREATE DOMAIN utc_time AS TEXT COLLATE "C";

CREATE TABLE bot_state (
    key TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at utc_time NOT NULL);

CREATE TABLE tips (
    tip_id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    conversation_key TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,            -- 'open': has changes not yet sent; 'submitted': all sent
    revision BIGINT NOT NULL,       -- the last revision queued for case intake (0: none yet)
    version BIGINT NOT NULL,        -- optimistic concurrency
    draft TEXT NOT NULL,
    created_at utc_time NOT NULL,
    last_activity_at utc_time NOT NULL,
    idle_due_at utc_time NULL,
    translation_pending BIGINT NOT NULL DEFAULT 0);
CREATE INDEX ix_tips_idle ON tips (status, idle_due_at);
CREATE INDEX ix_tips_conversation ON tips (conversation_key, created_at);
CREATE INDEX ix_tips_translation ON tips (translation_pending);

CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tip_id TEXT NOT NULL REFERENCES tips (tip_id),
    revision BIGINT NOT NULL,
    sink TEXT NOT NULL,              -- 'webhook' or 'file': one row per configured sink
    payload TEXT NOT NULL,
    validation_error TEXT NULL,
    created_at utc_time NOT NULL,
    window_started_at utc_time NOT NULL, -- the retry window (dead-letter deadline) runs from here
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at utc_time NOT NULL,
    delivered_at utc_time NULL,
    dead_lettered_at utc_time NULL,      -- gave up after CaseIntake:DeadLetterAfterHours; `tipline outbox retry` re-queues
    last_error TEXT NULL,
    UNIQUE (tip_id, revision, sink));
CREATE INDEX ix_outbox_due ON outbox (sink, delivered_at, next_attempt_at);

CREATE TABLE inbound_messages (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel TEXT NOT NULL,
    message_id TEXT NOT NULL,
    conversation_key TEXT NOT NULL,
    received_at utc_time NOT NULL,
    status TEXT NOT NULL,            -- 'pending' until a turn has taken it; then 'done'
    payload TEXT NULL,               -- the message until its turn has run; cleared after
    reply TEXT NULL,
    UNIQUE (channel, message_id));
CREATE INDEX ix_inbound_pending ON inbound_messages (conversation_key, status, seq);

-- Escalations: a P1 pages on-call dispatchers in turn until one acknowledges; a P2 waits for the next batch.
CREATE TABLE escalations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tip_id TEXT NOT NULL UNIQUE REFERENCES tips (tip_id),
    reference TEXT NOT NULL,
    urgency TEXT NOT NULL,           -- 'P1' pages now and again; 'P2' is batched
    summary TEXT NOT NULL,           -- one line in English, from the triage reasons: never the tipster's words
    next_index BIGINT NOT NULL DEFAULT 0,
    pages BIGINT NOT NULL DEFAULT 0,
    due_at utc_time NOT NULL,
    created_at utc_time NOT NULL,
    acknowledged_at utc_time NULL,
    acknowledged_by TEXT NULL);
CREATE INDEX ix_escalations_due ON escalations (acknowledged_at, due_at);

-- Who did what to a tip, when: pages, acknowledgements (and, with the console, views and actions).
CREATE TABLE audit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tip_id TEXT NOT NULL,
    at utc_time NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NULL);
CREATE INDEX ix_audit_tip ON audit (tip_id, id);

-- Dispatchers' work on a tip (the console): who has it, where it stands, and their notes (encrypted).
CREATE TABLE casework (
    tip_id TEXT PRIMARY KEY REFERENCES tips (tip_id),
    state TEXT NOT NULL,             -- 'new', 'acknowledged', 'forwarded', 'closed'
    assigned_to TEXT NULL,
    updated_at utc_time NOT NULL);
CREATE TABLE tip_notes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tip_id TEXT NOT NULL REFERENCES tips (tip_id),
    at utc_time NOT NULL,
    author TEXT NOT NULL,
    note TEXT NOT NULL);
CREATE INDEX ix_tip_notes ON tip_notes (tip_id, id);

-- Direct Line (web chat) conversations and every activity both ways, in order; seq is the watermark.
CREATE TABLE directline_conversations (
    conversation_id TEXT PRIMARY KEY,
    created_at utc_time NOT NULL,
    ended_at utc_time NULL,
    last_seq BIGINT NOT NULL DEFAULT 0);
CREATE TABLE directline_activities (
    conversation_id TEXT NOT NULL REFERENCES directline_conversations (conversation_id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    at utc_time NOT NULL,
    activity TEXT NOT NULL,          -- encrypted JSON: the visitor's words and user id
    PRIMARY KEY (conversation_id, seq));

CREATE TABLE opt_outs (
    address_hash TEXT PRIMARY KEY,
    opted_out_at utc_time NOT NULL);
