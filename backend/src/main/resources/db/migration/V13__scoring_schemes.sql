-- Scoring schemes (thang điểm, tiêu chí chấm điểm) of a term: versions of a tree of groups → criteria.
-- A DRAFT is edited freely; ADOPTED is frozen (a change is a new version) and at most one per term;
-- RETIRED keeps an old version for the record. Sheets (issue 11) will score against an adopted scheme.
CREATE TABLE scoring_scheme (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id           BIGINT        NOT NULL,
    version_no        INT           NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    total_points      DECIMAL(8,2)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(1000) NULL,
    copied_from_id    BIGINT        NULL,
    adopted_at_id     BIGINT        NULL,
    adopted_on        DATE          NULL,
    -- the term while ADOPTED and NULL otherwise: the unique key allows one adopted version per term
    adopted_term_id   BIGINT        AS (IF(status = 'ADOPTED', term_id, NULL)) PERSISTENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_scoring_scheme_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_scoring_scheme_copied_from FOREIGN KEY (copied_from_id) REFERENCES scoring_scheme (id),
    CONSTRAINT fk_scoring_scheme_adopted_at FOREIGN KEY (adopted_at_id) REFERENCES conference (id),
    CONSTRAINT uk_scoring_scheme_version UNIQUE (term_id, version_no),
    CONSTRAINT uk_scoring_scheme_adopted UNIQUE (adopted_term_id),
    CONSTRAINT ck_scoring_scheme_status CHECK (status IN ('DRAFT', 'ADOPTED', 'RETIRED')),
    CONSTRAINT ck_scoring_scheme_total CHECK (total_points > 0),
    CONSTRAINT ck_scoring_scheme_adoption CHECK (status = 'DRAFT' OR (adopted_at_id IS NOT NULL AND adopted_on IS NOT NULL)
        OR status_reason IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE scoring_group (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scheme_id    BIGINT        NOT NULL,
    position     INT           NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    max_points   DECIMAL(8,2)  NOT NULL,
    CONSTRAINT fk_scoring_group_scheme FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id) ON DELETE CASCADE,
    CONSTRAINT uk_scoring_group_position UNIQUE (scheme_id, position),
    CONSTRAINT uk_scoring_group_code UNIQUE (scheme_id, code),
    CONSTRAINT ck_scoring_group_max CHECK (max_points >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- kind: QUALITATIVE 0..max by step; QUANTITATIVE against target with formula PROPORTIONAL or
-- THRESHOLD_STEPS (thresholds "percent:points;…" ascending); PER_OCCURRENCE points_each up to max;
-- BONUS adds up to max; PENALTY subtracts up to max; DISQUALIFIER blocks award proposals (max 0).
CREATE TABLE scoring_criterion (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scheme_id          BIGINT        NOT NULL,
    group_id           BIGINT        NOT NULL,
    position           INT           NOT NULL,
    code               VARCHAR(20)   NOT NULL,
    title              VARCHAR(1000) NOT NULL,
    guidance           VARCHAR(4000) NULL,
    kind               VARCHAR(16)   NOT NULL,
    max_points         DECIMAL(8,2)  NOT NULL,
    step               DECIMAL(6,2)  NOT NULL,
    evidence_required  BOOLEAN       NOT NULL,
    target             DECIMAL(14,2) NULL,
    unit_of_measure    VARCHAR(50)   NULL,
    formula            VARCHAR(16)   NULL,
    thresholds         VARCHAR(1000) NULL,
    points_each        DECIMAL(8,2)  NULL,
    CONSTRAINT fk_scoring_criterion_scheme FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id) ON DELETE CASCADE,
    CONSTRAINT fk_scoring_criterion_group FOREIGN KEY (group_id) REFERENCES scoring_group (id) ON DELETE CASCADE,
    CONSTRAINT uk_scoring_criterion_position UNIQUE (group_id, position),
    CONSTRAINT uk_scoring_criterion_code UNIQUE (scheme_id, code),
    CONSTRAINT ck_scoring_criterion_kind CHECK (kind IN ('QUALITATIVE', 'QUANTITATIVE', 'PER_OCCURRENCE', 'BONUS', 'PENALTY', 'DISQUALIFIER')),
    CONSTRAINT ck_scoring_criterion_points CHECK (max_points >= 0 AND step > 0),
    CONSTRAINT ck_scoring_criterion_formula CHECK (formula IS NULL OR formula IN ('PROPORTIONAL', 'THRESHOLD_STEPS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
