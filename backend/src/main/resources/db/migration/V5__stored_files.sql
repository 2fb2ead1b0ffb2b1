-- Files kept outside the database (the file store folder); this table says what each one is,
-- who owns it and which file superseded it. A row exists only for a file whose content is stored.
CREATE TABLE stored_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(32)  NOT NULL,
    owner_type     VARCHAR(32)  NOT NULL,
    owner_id       BIGINT       NOT NULL,
    storage_key    VARCHAR(100) NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    original_name  VARCHAR(255) NOT NULL,
    superseded_by  BIGINT       NULL,
    uploaded_by    VARCHAR(255) NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_stored_file_key UNIQUE (storage_key),
    -- A file is superseded by at most one other, and supersedes at most one.
    CONSTRAINT uk_stored_file_superseded_by UNIQUE (superseded_by),
    CONSTRAINT fk_stored_file_superseded_by FOREIGN KEY (superseded_by) REFERENCES stored_file (id),
    CONSTRAINT ck_stored_file_sha256 CHECK (sha256 REGEXP '^[0-9a-f]{64}$'),
    CONSTRAINT ck_stored_file_size CHECK (size_bytes > 0),
    INDEX ix_stored_file_owner (owner_type, owner_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
