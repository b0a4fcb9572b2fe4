-- Background work (outbox delivery, paging, idle submission, sweeps, retention) runs on one instance at a time:
-- the holder of a lease renews it while it runs; another instance takes over once it has expired.
CREATE TABLE IF NOT EXISTS leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TEXT NOT NULL);
