-- Conferences (hội nghị) of a term: the meeting itself, who attended for which member unit (the
-- quorum later votes count from) and the agenda with its outcomes (kết luận). The signed minutes'
-- scans are stored_file rows (kind MINUTES_SCAN, owner "Conference").
CREATE TABLE conference (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id          BIGINT        NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    title            VARCHAR(500)  NOT NULL,
    held_on          DATE          NOT NULL,
    start_time       CHAR(5)       NULL,
    venue            VARCHAR(500)  NOT NULL,
    host_unit_id     BIGINT        NULL,
    chair_name       VARCHAR(200)  NULL,
    chair_title      VARCHAR(300)  NULL,
    chair_unit_id    BIGINT        NULL,
    secretary_name   VARCHAR(200)  NULL,
    secretary_title  VARCHAR(300)  NULL,
    guests           VARCHAR(2000) NULL,
    status           VARCHAR(32)   NOT NULL,
    status_reason    VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_conference_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_conference_host FOREIGN KEY (host_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_conference_chair_unit FOREIGN KEY (chair_unit_id) REFERENCES unit (id),
    CONSTRAINT ck_conference_kind CHECK (kind IN ('COVENANT_SIGNING', 'MID_YEAR_REVIEW', 'YEAR_END_REVIEW', 'OTHER')),
    CONSTRAINT ck_conference_status CHECK (status IN ('SCHEDULED', 'HELD', 'MINUTES_SIGNED', 'CANCELLED')),
    CONSTRAINT ck_conference_start CHECK (start_time IS NULL OR start_time REGEXP '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    -- a cancelled conference says why; no other state carries a reason
    CONSTRAINT ck_conference_reason CHECK ((status = 'CANCELLED') = (status_reason IS NOT NULL AND TRIM(status_reason) <> '')),
    INDEX ix_conference_term (term_id, held_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One delegate of one member unit; at most one delegate per unit may vote for it (voting_unit_id is
-- the unit for that delegate and NULL otherwise, so the unique key allows one voter per unit).
CREATE TABLE conference_attendee (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT       NOT NULL,
    position        INT          NOT NULL,
    unit_id         BIGINT       NOT NULL,
    delegate_name   VARCHAR(200) NULL,
    delegate_title  VARCHAR(300) NULL,
    may_vote        BOOLEAN      NOT NULL,
    voting_unit_id  BIGINT       AS (IF(may_vote, unit_id, NULL)) PERSISTENT,
    CONSTRAINT fk_conference_attendee_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_conference_attendee_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_conference_attendee_position UNIQUE (conference_id, position),
    CONSTRAINT uk_conference_attendee_voter UNIQUE (conference_id, voting_unit_id),
    CONSTRAINT ck_conference_attendee_position CHECK (position >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The agenda in order; an item may name what it is about (a campaign, the covenant, a scheme's
-- adoption, a vote) by kind and id, checked by the feature that owns that kind.
CREATE TABLE conference_agenda_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT        NOT NULL,
    position        INT           NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    link_kind       VARCHAR(32)   NULL,
    linked_id       BIGINT        NULL,
    outcome         VARCHAR(4000) NULL,
    CONSTRAINT fk_conference_agenda_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT uk_conference_agenda_position UNIQUE (conference_id, position),
    CONSTRAINT ck_conference_agenda_position CHECK (position >= 1),
    CONSTRAINT ck_conference_agenda_link CHECK ((link_kind IS NULL) = (linked_id IS NULL)),
    CONSTRAINT ck_conference_agenda_link_kind CHECK (link_kind IS NULL
        OR link_kind IN ('CAMPAIGN', 'COVENANT', 'SCHEME_ADOPTION', 'VOTE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
