-- Idempotency records sealed under the client's key (ADR 0016, amended; ADR 0017): the key is kept
-- only as a SHA-256 of it (64 hex digits), the request's fingerprint as an HMAC under it, the answer
-- encrypted under it (AES-GCM), so that the table no longer tells which request a caller sent or what
-- it was answered — a secret ballot's choice and its receipt among them. Rows stored before this
-- (at most a day's, the retention) keep their plain fingerprint and body, marked sealed = FALSE,
-- and their keys are rewritten to the same lookup so that their retries are still recognised.
ALTER TABLE idempotency_record ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE idempotency_record SET idem_key = SHA2(CONCAT('thidua-idempotency-key', CHAR(0), idem_key), 256);
ALTER TABLE idempotency_record MODIFY idem_key CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
