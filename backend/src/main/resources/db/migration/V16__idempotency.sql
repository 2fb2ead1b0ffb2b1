-- Idempotency-Key (ADR 0016): one row per caller and key, first as "in flight" (its own short
-- transaction, committed before the handler runs), then holding the answer as sent (status < 500).
-- The key and the hash are compared byte for byte (ascii_bin, BINARY); the caller is the token's
-- subject, compared exactly (utf8mb4_bin). Rows older than the retention (24 h) are swept on insert.
CREATE TABLE idempotency_record (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    caller        VARCHAR(255)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    idem_key      VARCHAR(100)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_hash  BINARY(32)     NOT NULL,
    attempt       BINARY(16)     NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    completed_at  DATETIME(6)    NULL,
    status        SMALLINT       NULL,
    content_type  VARCHAR(255)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    location      VARCHAR(4096)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    etag          VARCHAR(255)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    body          MEDIUMBLOB     NULL,
    CONSTRAINT uk_idempotency_caller_key UNIQUE (caller, idem_key),
    CONSTRAINT ck_idempotency_completed CHECK ((completed_at IS NULL) = (status IS NULL)),
    KEY ix_idempotency_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
