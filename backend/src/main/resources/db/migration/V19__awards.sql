-- Awards (khen thưởng): what keeps a unit from being proposed, and the bloc's proposal dossier per term.

-- A restriction the Board records against a unit (kỷ luật, điều tra, thanh tra/kiểm tra, khiếu nại/tố cáo),
-- citing the document that opened it; active from from_date until to_date (NULL: still open). While active
-- on a day, the unit may not be proposed for an award that day.
CREATE TABLE unit_restriction (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT         NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    decision_number  VARCHAR(64)    NOT NULL,
    decision_date    DATE           NOT NULL,
    decision_issuer  VARCHAR(255)   NOT NULL,
    decision_title   VARCHAR(500)   NULL,
    from_date        DATE           NOT NULL,
    to_date          DATE           NULL,
    resolution       VARCHAR(1000)  NULL,
    note             VARCHAR(2000)  NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(6)   NOT NULL,
    updated_at       TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_unit_restriction_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_unit_restriction_kind CHECK (kind IN ('DISCIPLINE', 'INVESTIGATION', 'INSPECTION', 'COMPLAINT')),
    CONSTRAINT ck_unit_restriction_dates CHECK (to_date IS NULL OR to_date >= from_date),
    INDEX ix_unit_restriction_unit (unit_id, from_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The bloc's proposal dossier (hồ sơ đề nghị khen thưởng) of a term, one per term:
-- DRAFT → SUBMITTED → APPRAISING → DECIDED, or RETURNED (editable again) → SUBMITTED.
CREATE TABLE award_proposal (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id          BIGINT         NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    submitted_at     TIMESTAMP(6)   NULL,
    decided_at       TIMESTAMP(6)   NULL,
    decision_number  VARCHAR(64)    NULL,
    decision_date    DATE           NULL,
    decision_issuer  VARCHAR(255)   NULL,
    decision_title   VARCHAR(500)   NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(6)   NOT NULL,
    updated_at       TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_award_proposal_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT uk_award_proposal_term UNIQUE (term_id),
    CONSTRAINT ck_award_proposal_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPRAISING', 'RETURNED', 'DECIDED')),
    CONSTRAINT ck_award_proposal_decided CHECK (status <> 'DECIDED' OR (decision_number IS NOT NULL AND decided_at IS NOT NULL)),
    INDEX ix_award_proposal_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One unit proposed for one award (one achievement, one award: a unit at most once per dossier), with its
-- place in the published ranking, the certified award vote that chose it (NULL: added by hand) and the
-- Board's appraisal: APPROVED, DOWNGRADED (flag to
-- certificate, decided_award then CERTIFICATE) or REJECTED, with a reason.
CREATE TABLE award_proposal_item (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id     BIGINT         NOT NULL,
    unit_id         BIGINT         NOT NULL,
    award           VARCHAR(16)    NOT NULL,
    vote_id         BIGINT         NULL,
    rank_position   INT            NULL,
    rank_of         INT            NULL,
    rank_total      DECIMAL(9,2)   NULL,
    outcome         VARCHAR(16)    NULL,
    outcome_reason  VARCHAR(1000)  NULL,
    decided_award   VARCHAR(16)    NULL,
    created_at      TIMESTAMP(6)   NOT NULL,
    updated_at      TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_award_proposal_item_proposal FOREIGN KEY (proposal_id) REFERENCES award_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_award_proposal_item_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_award_proposal_item_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
    CONSTRAINT uk_award_proposal_item_unit UNIQUE (proposal_id, unit_id),
    CONSTRAINT ck_award_proposal_item_award CHECK (award IN ('FLAG', 'CERTIFICATE')),
    CONSTRAINT ck_award_proposal_item_outcome CHECK (outcome IS NULL OR outcome IN ('APPROVED', 'DOWNGRADED', 'REJECTED')),
    CONSTRAINT ck_award_proposal_item_downgrade CHECK (outcome IS NULL OR outcome <> 'DOWNGRADED'
        OR (award = 'FLAG' AND decided_award = 'CERTIFICATE')),
    INDEX ix_award_proposal_item_unit (unit_id),
    INDEX ix_award_proposal_item_vote (vote_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every step of a dossier (submitted, taken up, returned with a reason, resubmitted, decided), kept in order.
CREATE TABLE award_proposal_step (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id      BIGINT         NOT NULL,
    from_status      VARCHAR(16)    NOT NULL,
    to_status        VARCHAR(16)    NOT NULL,
    reason           VARCHAR(1000)  NULL,
    actor            VARCHAR(255)   NOT NULL,
    occurred_at      TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_award_proposal_step_proposal FOREIGN KEY (proposal_id) REFERENCES award_proposal (id) ON DELETE CASCADE,
    INDEX ix_award_proposal_step_proposal (proposal_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
