-- Next year's leadership of a bloc (issue 12): who leads the year after an outgoing term, and how it was
-- decided — elected by the members (the certified vote(s)), rotated in the bloc's recorded order, or
-- designated by the province's decision. PROPOSED → CONFIRMED by the Board (next year's term then has
-- them as LEADER and DEPUTY) → HANDED_OVER at the outgoing term's year-end conference (trao cờ Khối
-- trưởng); or WITHDRAWN with a reason. One live (not withdrawn) result per outgoing term, by a key on a
-- generated column.
CREATE TABLE leadership_result (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    outgoing_term_id        BIGINT        NOT NULL,
    bloc_id                 BIGINT        NOT NULL,
    next_year               INT           NOT NULL,
    method                  VARCHAR(16)   NOT NULL,
    leader_unit_id          BIGINT        NULL,
    deputy_unit_id          BIGINT        NULL,
    leader_vote_id          BIGINT        NULL,
    deputy_vote_id          BIGINT        NULL,
    decision_number         VARCHAR(64)   NULL,
    decision_date           DATE          NULL,
    decision_issuer         VARCHAR(255)  NULL,
    decision_title          VARCHAR(500)  NULL,
    status                  VARCHAR(16)   NOT NULL,
    withdrawn_reason        VARCHAR(1000) NULL,
    confirmed_at            TIMESTAMP(6)  NULL,
    confirmed_by            VARCHAR(255)  NULL,
    next_term_id            BIGINT        NULL,
    handover_conference_id  BIGINT        NULL,
    handed_over_on          DATE          NULL,
    handed_by_unit_id       BIGINT        NULL,
    handed_to_unit_id       BIGINT        NULL,
    live_term_id            BIGINT        AS (IF(status <> 'WITHDRAWN', outgoing_term_id, NULL)) PERSISTENT,
    version                 BIGINT        NOT NULL DEFAULT 0,
    created_at              TIMESTAMP(6)  NOT NULL,
    updated_at              TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_leadership_result_term FOREIGN KEY (outgoing_term_id) REFERENCES term (id),
    CONSTRAINT fk_leadership_result_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT fk_leadership_result_leader FOREIGN KEY (leader_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_leadership_result_deputy FOREIGN KEY (deputy_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_leadership_result_next_term FOREIGN KEY (next_term_id) REFERENCES term (id),
    CONSTRAINT fk_leadership_result_conference FOREIGN KEY (handover_conference_id) REFERENCES conference (id),
    CONSTRAINT fk_leadership_result_handed_by FOREIGN KEY (handed_by_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_leadership_result_handed_to FOREIGN KEY (handed_to_unit_id) REFERENCES unit (id),
    CONSTRAINT uk_leadership_result_live UNIQUE (live_term_id),
    CONSTRAINT ck_leadership_result_method CHECK (method IN ('ELECTION', 'ROTATION', 'DESIGNATION')),
    CONSTRAINT ck_leadership_result_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'HANDED_OVER', 'WITHDRAWN')),
    CONSTRAINT ck_leadership_result_two_units CHECK (deputy_unit_id IS NULL OR leader_unit_id IS NULL OR deputy_unit_id <> leader_unit_id),
    -- only an election may wait for its leader (the deputy's ballot certified first)
    CONSTRAINT ck_leadership_result_leader CHECK (leader_unit_id IS NOT NULL OR (method = 'ELECTION' AND status IN ('PROPOSED', 'WITHDRAWN'))),
    CONSTRAINT ck_leadership_result_designation CHECK ((method = 'DESIGNATION') = (decision_number IS NOT NULL)),
    CONSTRAINT ck_leadership_result_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_reason IS NOT NULL)),
    CONSTRAINT ck_leadership_result_confirmed CHECK (status NOT IN ('CONFIRMED', 'HANDED_OVER') OR (confirmed_at IS NOT NULL AND next_term_id IS NOT NULL)),
    CONSTRAINT ck_leadership_result_handed CHECK ((status = 'HANDED_OVER') = (handed_over_on IS NOT NULL AND handover_conference_id IS NOT NULL)),
    INDEX ix_leadership_result_bloc (bloc_id, status, next_year),
    INDEX ix_leadership_result_term (outgoing_term_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A bloc's rotation order (thứ tự luân phiên Trưởng khối), kept by the Board: the units in turn.
CREATE TABLE rotation_order (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bloc_id     BIGINT        NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_rotation_order_bloc FOREIGN KEY (bloc_id) REFERENCES bloc (id),
    CONSTRAINT uk_rotation_order_bloc UNIQUE (bloc_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE rotation_order_unit (
    id                 BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rotation_order_id  BIGINT  NOT NULL,
    position           INT     NOT NULL,
    unit_id            BIGINT  NOT NULL,
    CONSTRAINT fk_rotation_order_unit_order FOREIGN KEY (rotation_order_id) REFERENCES rotation_order (id) ON DELETE CASCADE,
    CONSTRAINT fk_rotation_order_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_rotation_order_unit_position UNIQUE (rotation_order_id, position),
    CONSTRAINT uk_rotation_order_unit_unit UNIQUE (rotation_order_id, unit_id),
    CONSTRAINT ck_rotation_order_unit_position CHECK (position >= 1),
    INDEX ix_rotation_order_unit_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
