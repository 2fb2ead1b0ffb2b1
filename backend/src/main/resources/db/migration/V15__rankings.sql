-- Rankings (xếp hạng thi đua) of a scoring round: computed from the round's FINAL sheets, one per round,
-- DRAFT (recomputed at will, tie votes recorded) → CONFIRMED → PUBLISHED (public from then on). The seed
-- of the lot (bốc thăm) is drawn once and kept, so a recompute draws the same.
CREATE TABLE ranking (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    lot_seed      BIGINT        NOT NULL,
    computed_at   TIMESTAMP(6)  NOT NULL,
    confirmed_at  TIMESTAMP(6)  NULL,
    published_at  TIMESTAMP(6)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_ranking_round FOREIGN KEY (round_id) REFERENCES scoring_round (id),
    CONSTRAINT uk_ranking_round UNIQUE (round_id),
    CONSTRAINT ck_ranking_status CHECK (status IN ('DRAFT', 'CONFIRMED', 'PUBLISHED')),
    CONSTRAINT ck_ranking_confirmed CHECK (status = 'DRAFT' OR confirmed_at IS NOT NULL),
    CONSTRAINT ck_ranking_published CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One unit's place: its totals as computed (group points as JSON {code: points} in the scheme's order),
-- the step that broke its tie (NULL: the total alone decided), whether its tied set reached the vote and
-- still needs it, and last year's place and total (through unit successions).
CREATE TABLE ranking_row (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ranking_id          BIGINT         NOT NULL,
    unit_id             BIGINT         NOT NULL,
    position            INT            NOT NULL,
    total               DECIMAL(9,2)   NOT NULL,
    counted             DECIMAL(9,2)   NOT NULL,
    bonus               DECIMAL(8,2)   NOT NULL,
    penalty             DECIMAL(8,2)   NOT NULL,
    group_points        VARCHAR(4000)  NOT NULL,
    disqualified        BOOLEAN        NOT NULL DEFAULT FALSE,
    decided_by          VARCHAR(16)    NULL,
    vote_reached        BOOLEAN        NOT NULL DEFAULT FALSE,
    needs_vote          BOOLEAN        NOT NULL DEFAULT FALSE,
    last_year_position  INT            NULL,
    last_year_total     DECIMAL(9,2)   NULL,
    CONSTRAINT fk_ranking_row_ranking FOREIGN KEY (ranking_id) REFERENCES ranking (id) ON DELETE CASCADE,
    CONSTRAINT fk_ranking_row_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_ranking_row_position UNIQUE (ranking_id, position),
    CONSTRAINT uk_ranking_row_unit UNIQUE (ranking_id, unit_id),
    CONSTRAINT ck_ranking_row_position CHECK (position >= 1),
    CONSTRAINT ck_ranking_row_decided_by CHECK (decided_by IS NULL OR decided_by IN ('FIRST_GROUP', 'FEWER_PENALTY', 'MEMBER_VOTE', 'LOT')),
    CONSTRAINT ck_ranking_row_vote CHECK (vote_reached OR NOT needs_vote),
    INDEX ix_ranking_row_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The members' vote that breaks a tie (biểu quyết khi bằng điểm): votes per tied unit, recorded by the managers.
CREATE TABLE ranking_tie_vote (
    id          BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ranking_id  BIGINT  NOT NULL,
    unit_id     BIGINT  NOT NULL,
    votes       INT     NOT NULL,
    CONSTRAINT fk_ranking_tie_vote_ranking FOREIGN KEY (ranking_id) REFERENCES ranking (id) ON DELETE CASCADE,
    CONSTRAINT fk_ranking_tie_vote_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_ranking_tie_vote UNIQUE (ranking_id, unit_id),
    CONSTRAINT ck_ranking_tie_vote_votes CHECK (votes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
