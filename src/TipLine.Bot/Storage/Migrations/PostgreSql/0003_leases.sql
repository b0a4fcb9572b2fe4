-- Background work (outbox delivery, paging, idle submission, sweeps, retention) runs on one instance at a time:
-- the holder of a lease renews it while it runs; another instance takes over once it has expired.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at utc_time NOT NULL);
