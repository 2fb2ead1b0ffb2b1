-- ThiĐua schema v1: units (with name history and successions), blocs, terms, memberships, audit.
-- utf8mb4 throughout; names collate the Vietnamese way; *_search columns hold the
-- diacritic-free lowercase form used for "so xay dung" → "Sở Xây dựng" searches.

CREATE TABLE unit (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(35)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    short_name    VARCHAR(100) NULL,
    kind          VARCHAR(16)  NOT NULL,
    active_from   DATE         NOT NULL,
    active_to     DATE         NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT ck_unit_active CHECK (active_to IS NULL OR active_to >= active_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every name a unit has carried, from the date it took effect.
CREATE TABLE unit_name (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id       BIGINT       NOT NULL,
    name          VARCHAR(255) NOT NULL,
    short_name    VARCHAR(100) NULL,
    name_search   VARCHAR(400) NOT NULL,
    valid_from    DATE         NOT NULL,
    CONSTRAINT fk_unit_name_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE,
    CONSTRAINT uk_unit_name_from UNIQUE (unit_id, valid_from),
    INDEX ix_unit_name_search (name_search)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE unit_succession (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,
    effective_date  DATE         NOT NULL,
    decision_number VARCHAR(64)  NOT NULL,
    decision_date   DATE         NOT NULL,
    decision_issuer VARCHAR(255) NOT NULL,
    decision_title  VARCHAR(500) NULL,
    new_name        VARCHAR(255) NULL,
    new_short_name  VARCHAR(100) NULL,
    created_at      TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE unit_succession_predecessor (
    succession_id BIGINT NOT NULL,
    unit_id       BIGINT NOT NULL,
    PRIMARY KEY (succession_id, unit_id),
    CONSTRAINT fk_usp_succession FOREIGN KEY (succession_id) REFERENCES unit_succession (id),
    CONSTRAINT fk_usp_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE unit_succession_successor (
    succession_id BIGINT NOT NULL,
    unit_id       BIGINT NOT NULL,
    PRIMARY KEY (succession_id, unit_id),
    CONSTRAINT fk_uss_succession FOREIGN KEY (succession_id) REFERENCES unit_succession (id),
    CONSTRAINT fk_uss_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE bloc (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                     VARCHAR(255)  NOT NULL,
    name_search              VARCHAR(400)  NOT NULL,
    kind                     VARCHAR(8)    NOT NULL,
    description              VARCHAR(4000) NULL,
    founding_decision_number VARCHAR(64)   NULL,
    founding_decision_date   DATE          NULL,
    founding_decision_issuer VARCHAR(255)  NULL,
    founding_decision_title  VARCHAR(500)  NULL,
    status                   VARCHAR(16)   NOT NULL,
    dissolved_on             DATE          NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    created_at               TIMESTAMP(6)  NOT NULL,
    updated_at               TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_bloc_name UNIQUE (name),
    INDEX ix_bloc_name_search (name_search)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE term (
    id                           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bloc_id                      BIGINT        NOT NULL,
    year                         INT           NOT NULL,
    decision_number              VARCHAR(64)   NULL,
    decision_date                DATE          NULL,
    decision_issuer              VARCHAR(255)  NULL,
    decision_title               VARCHAR(500)  NULL,
    status                       VARCHAR(24)   NOT NULL,
    leader_selection             VARCHAR(16)   NOT NULL,
    quorum_numerator             INT           NOT NULL,
    quorum_denominator           INT           NOT NULL,
    winning_threshold_percent    DECIMAL(5, 2) NOT NULL,
    winning_threshold_inclusive  BOOLEAN       NOT NULL,
    winning_threshold_base       VARCHAR(24)   NOT NULL,
    flag_quota                   INT           NOT NULL,
    certificate_quota            INT           NOT NULL,
    version                      BIGINT        NOT NULL DEFAULT 0,
    created_at                   TIMESTAMP(6)  NOT NULL,
    updated_at                   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_term_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT uk_term_bloc_year UNIQUE (bloc_id, year),
    CONSTRAINT ck_term_quorum CHECK (quorum_numerator > 0 AND quorum_numerator <= quorum_denominator),
    INDEX ix_term_year (year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One row per unit per term. The generated *_slot columns let unique keys guard the rules even
-- under concurrent writers: one current LEADER and one current DEPUTY per term, and a unit in at
-- most one bloc of a kind per year (rows that have ended carry NULL and are not constrained).
CREATE TABLE membership (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id      BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    term_year    INT          NOT NULL,
    bloc_kind    VARCHAR(8)   NOT NULL,
    role         VARCHAR(8)   NOT NULL,
    joined_on    DATE         NOT NULL,
    left_on      DATE         NULL,
    left_reason  VARCHAR(500) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    leader_slot  BIGINT AS (CASE WHEN role = 'LEADER' AND left_on IS NULL THEN term_id END) PERSISTENT,
    deputy_slot  BIGINT AS (CASE WHEN role = 'DEPUTY' AND left_on IS NULL THEN term_id END) PERSISTENT,
    current_slot TINYINT AS (CASE WHEN left_on IS NULL THEN 1 END) PERSISTENT,
    CONSTRAINT fk_membership_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_membership_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_membership_term_unit UNIQUE (term_id, unit_id),
    CONSTRAINT uk_membership_one_leader UNIQUE (leader_slot),
    CONSTRAINT uk_membership_one_deputy UNIQUE (deputy_slot),
    CONSTRAINT uk_membership_one_bloc_per_kind_year UNIQUE (unit_id, term_year, bloc_kind, current_slot),
    CONSTRAINT ck_membership_left CHECK (left_on IS NULL OR left_on >= joined_on),
    INDEX ix_membership_unit_year (unit_id, term_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Who changed what, when; written in the same transaction as the change.
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(6) NOT NULL,
    actor        VARCHAR(255) NOT NULL,
    actor_unit   VARCHAR(35)  NULL,
    operation    VARCHAR(16)  NOT NULL,
    entity_type  VARCHAR(32)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    reason       VARCHAR(1000) NULL,
    changes      LONGTEXT     NOT NULL CHECK (JSON_VALID(changes)),
    INDEX ix_audit_entity (entity_type, entity_id),
    INDEX ix_audit_actor (actor),
    INDEX ix_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
