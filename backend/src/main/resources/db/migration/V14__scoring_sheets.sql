-- Scoring (chấm điểm thi đua) of a term against its adopted scheme: one round per term, one sheet per
-- member unit, reviewers (chấm chéo / thẩm định) per sheet, the explanation loop and a field-level
-- history of every score. Rankings (V15) are computed from FINAL sheets.

-- The scheme says how ties are broken and where penalties stop (the floor of a total).
ALTER TABLE scoring_scheme
    ADD COLUMN score_floor DECIMAL(8,2) NOT NULL DEFAULT 0 AFTER total_points,
    ADD COLUMN tie_breaks  VARCHAR(200) NOT NULL DEFAULT 'FIRST_GROUP,FEWER_PENALTY,MEMBER_VOTE,LOT' AFTER score_floor,
    ADD CONSTRAINT ck_scoring_scheme_floor CHECK (score_floor >= 0 AND score_floor <= total_points);

-- SELF_SCORING → REVIEWING → REVIEW_CLOSED; the scheme is the term's adopted one when the round opened.
CREATE TABLE scoring_round (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id              BIGINT        NOT NULL,
    scheme_id            BIGINT        NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    self_deadline        DATE          NOT NULL,
    aggregation          VARCHAR(16)   NOT NULL,
    deviation_threshold  DECIMAL(8,2)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           TIMESTAMP(6)  NOT NULL,
    updated_at           TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_scoring_round_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_scoring_round_scheme FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id),
    CONSTRAINT uk_scoring_round_term UNIQUE (term_id),
    CONSTRAINT ck_scoring_round_status CHECK (status IN ('SELF_SCORING', 'REVIEWING', 'REVIEW_CLOSED')),
    CONSTRAINT ck_scoring_round_aggregation CHECK (aggregation IN ('REVIEWED', 'MEAN', 'MEDIAN', 'TRIMMED_MEAN')),
    CONSTRAINT ck_scoring_round_deviation CHECK (deviation_threshold >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- DRAFT → SELF_SUBMITTED → IN_REVIEW → (EXPLANATION_REQUESTED ↔ EXPLAINED) → CONSOLIDATED → FINAL.
CREATE TABLE score_sheet (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    status_reason   VARCHAR(2000) NULL,
    submitted_at    TIMESTAMP(6)  NULL,
    late            BOOLEAN       NOT NULL DEFAULT FALSE,
    self_total      DECIMAL(9,2)  NULL,
    final_total     DECIMAL(9,2)  NULL,
    disqualified    BOOLEAN       NOT NULL DEFAULT FALSE,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_score_sheet_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT fk_score_sheet_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_score_sheet_unit UNIQUE (round_id, unit_id),
    CONSTRAINT ck_score_sheet_status CHECK (status IN ('DRAFT', 'SELF_SUBMITTED', 'IN_REVIEW', 'EXPLANATION_REQUESTED',
        'EXPLAINED', 'CONSOLIDATED', 'FINAL')),
    CONSTRAINT ck_score_sheet_final CHECK (status NOT IN ('CONSOLIDATED', 'FINAL') OR final_total IS NOT NULL),
    INDEX ix_score_sheet_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One criterion of one sheet. value: points (QUALITATIVE, BONUS, PENALTY), the achieved quantity
-- (QUANTITATIVE), the count (PER_OCCURRENCE) or 1/0 (DISQUALIFIER); points: what it earns under the scheme.
CREATE TABLE score_entry (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id        BIGINT         NOT NULL,
    criterion_id    BIGINT         NOT NULL,
    self_value      DECIMAL(14,2)  NULL,
    self_points     DECIMAL(8,2)   NULL,
    self_comment    VARCHAR(2000)  NULL,
    final_points    DECIMAL(8,2)   NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_score_entry_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_entry_criterion FOREIGN KEY (criterion_id) REFERENCES scoring_criterion (id),
    CONSTRAINT uk_score_entry UNIQUE (sheet_id, criterion_id),
    CONSTRAINT ck_score_entry_value CHECK (self_value IS NULL OR self_value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A reviewer of a sheet: another member unit, or the leader/deputy; never the scored unit itself.
CREATE TABLE score_review (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id          BIGINT        NOT NULL,
    scored_unit_id    BIGINT        NOT NULL,
    reviewer_unit_id  BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    submitted_at      TIMESTAMP(6)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_score_review_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_review_scored FOREIGN KEY (scored_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_score_review_reviewer FOREIGN KEY (reviewer_unit_id) REFERENCES unit (id),
    CONSTRAINT uk_score_review UNIQUE (sheet_id, reviewer_unit_id),
    CONSTRAINT ck_score_review_not_self CHECK (reviewer_unit_id <> scored_unit_id),
    CONSTRAINT ck_score_review_status CHECK (status IN ('ASSIGNED', 'SUBMITTED')),
    INDEX ix_score_review_reviewer (reviewer_unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE score_review_entry (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id     BIGINT         NOT NULL,
    criterion_id  BIGINT         NOT NULL,
    value         DECIMAL(14,2)  NOT NULL,
    points        DECIMAL(8,2)   NOT NULL,
    reason        VARCHAR(2000)  NULL,
    CONSTRAINT fk_score_review_entry_review FOREIGN KEY (review_id) REFERENCES score_review (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_review_entry_criterion FOREIGN KEY (criterion_id) REFERENCES scoring_criterion (id),
    CONSTRAINT uk_score_review_entry UNIQUE (review_id, criterion_id),
    CONSTRAINT ck_score_review_entry_value CHECK (value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The explanation loop (yêu cầu giải trình ↔ giải trình): each request and its answer, all kept.
CREATE TABLE score_explanation (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id       BIGINT         NOT NULL,
    position       INT            NOT NULL,
    request        VARCHAR(4000)  NOT NULL,
    requested_by   VARCHAR(200)   NOT NULL,
    requested_at   TIMESTAMP(6)   NOT NULL,
    answer         VARCHAR(4000)  NULL,
    answered_by    VARCHAR(200)   NULL,
    answered_at    TIMESTAMP(6)   NULL,
    CONSTRAINT fk_score_explanation_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id) ON DELETE CASCADE,
    CONSTRAINT uk_score_explanation UNIQUE (sheet_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Field-level history of a sheet's scores: stage SELF (the unit's own), REVIEW (one reviewer's, shown to
-- the scored unit only once the review phase closes) or FINAL (consolidation).
CREATE TABLE score_change (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id       BIGINT         NOT NULL,
    criterion_id   BIGINT         NOT NULL,
    stage          VARCHAR(8)     NOT NULL,
    review_id      BIGINT         NULL,
    field          VARCHAR(16)    NOT NULL,
    old_value      VARCHAR(2000)  NULL,
    new_value      VARCHAR(2000)  NULL,
    changed_by     VARCHAR(200)   NOT NULL,
    changed_at     TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_score_change_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_change_criterion FOREIGN KEY (criterion_id) REFERENCES scoring_criterion (id),
    CONSTRAINT ck_score_change_stage CHECK (stage IN ('SELF', 'REVIEW', 'FINAL')),
    CONSTRAINT ck_score_change_field CHECK (field IN ('VALUE', 'POINTS', 'COMMENT', 'REASON')),
    INDEX ix_score_change_sheet (sheet_id, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
