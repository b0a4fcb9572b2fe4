-- Photos and other media tipsters send, in the database (encrypted, by SHA-256) rather than in files beside it,
-- so that every instance on a shared database has them and a copy of the database alone reveals nothing.
CREATE TABLE IF NOT EXISTS media (
    sha256 TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    stored_at TEXT NOT NULL,
    content BLOB NOT NULL);           -- AES-256-GCM, purpose 'media'
