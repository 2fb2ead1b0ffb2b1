-- A past year recorded as the sources give it (ghi nhận theo tài liệu): its status was set from
-- documents, not reached step by step, and the citation says which. The flag and its reason go together.
ALTER TABLE term
    ADD COLUMN recorded_from_sources BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN sources_reason VARCHAR(1000) NULL,
    ADD CONSTRAINT ck_term_sources CHECK ((recorded_from_sources = FALSE AND sources_reason IS NULL)
        OR (recorded_from_sources = TRUE AND sources_reason IS NOT NULL AND TRIM(sources_reason) <> ''));
