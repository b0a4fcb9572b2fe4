-- The tips' tables. IF NOT EXISTS: databases made before migrations were journaled already have them.

CREATE TABLE IF NOT EXISTS bot_state (
    key TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS tips (
    tip_id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    conversation_key TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,            -- 'open': has changes not yet sent; 'submitted': all sent
    revision INTEGER NOT NULL,       -- the last revision queued for case intake (0: none yet)
    version INTEGER NOT NULL,        -- optimistic concurrency
    draft TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_activity_at TEXT NOT NULL,
    idle_due_at TEXT NULL,
    translation_pending INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS ix_tips_idle ON tips (status, idle_due_at);
CREATE INDEX IF NOT EXISTS ix_tips_conversation ON tips (conversation_key, created_at);
CREATE INDEX IF NOT EXISTS ix_tips_translation ON tips (translation_pending);

CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tip_id TEXT NOT NULL REFERENCES tips (tip_id),
    revision INTEGER NOT NULL,
    sink TEXT NOT NULL,              -- 'webhook' or 'file': one row per configured sink
    payload TEXT NOT NULL,
    validation_error TEXT NULL,
    created_at TEXT NOT NULL,
    window_started_at TEXT NOT NULL, -- the retry window (dead-letter deadline) runs from here
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    delivered_at TEXT NULL,
    dead_lettered_at TEXT NULL,      -- gave up after CaseIntake:DeadLetterAfterHours; `tipline outbox retry` re-queues
    last_error TEXT NULL,
    UNIQUE (tip_id, revision, sink));
CREATE INDEX IF NOT EXISTS ix_outbox_due ON outbox (sink, delivered_at, next_attempt_at);

CREATE TABLE IF NOT EXISTS inbound_messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    message_id TEXT NOT NULL,
    conversation_key TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL,            -- 'pending' until a turn has taken it; then 'done'
    payload TEXT NULL,               -- the message until its turn has run; cleared after
    reply TEXT NULL,
    UNIQUE (channel, message_id));
CREATE INDEX IF NOT EXISTS ix_inbound_pending ON inbound_messages (conversation_key, status, seq);

-- Escalations: a P1 pages on-call dispatchers in turn until one acknowledges; a P2 waits for the next batch.
CREATE TABLE IF NOT EXISTS escalations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tip_id TEXT NOT NULL UNIQUE REFERENCES tips (tip_id),
    reference TEXT NOT NULL,
    urgency TEXT NOT NULL,           -- 'P1' pages now and again; 'P2' is batched
    summary TEXT NOT NULL,           -- one line in English, from the triage reasons: never the tipster's words
    next_index INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    due_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    acknowledged_at TEXT NULL,
    acknowledged_by TEXT NULL);
CREATE INDEX IF NOT EXISTS ix_escalations_due ON escalations (acknowledged_at, due_at);

-- Who did what to a tip, when: pages, acknowledgements (and, with the console, views and actions).
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tip_id TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NULL);
CREATE INDEX IF NOT EXISTS ix_audit_tip ON audit (tip_id, id);

-- Dispatchers' work on a tip (the console): who has it, where it stands, and their notes (encrypted).
CREATE TABLE IF NOT EXISTS casework (
    tip_id TEXT PRIMARY KEY REFERENCES tips (tip_id),
    state TEXT NOT NULL,             -- 'new', 'acknowledged', 'forwarded', 'closed'
    assigned_to TEXT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tip_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tip_id TEXT NOT NULL REFERENCES tips (tip_id),
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    note TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_tip_notes ON tip_notes (tip_id, id);

-- Direct Line (web chat) conversations and every activity both ways, in order; seq is the watermark.
CREATE TABLE IF NOT EXISTS directline_conversations (
    conversation_id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    ended_at TEXT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS directline_activities (
    conversation_id TEXT NOT NULL REFERENCES directline_conversations (conversation_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    activity TEXT NOT NULL,          -- encrypted JSON: the visitor's words and user id
    PRIMARY KEY (conversation_id, seq));

CREATE TABLE IF NOT EXISTS opt_outs (
    address_hash TEXT PRIMARY KEY,
    opted_out_at TEXT NOT NULL);
