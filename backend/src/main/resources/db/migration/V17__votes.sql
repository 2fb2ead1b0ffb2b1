-- Votes (bầu cử, bình xét, biểu quyết) of a term, held at one of its conferences. Units vote, one ballot
-- per member unit per round. Secrecy (docs/adr/0017-secret-ballots.md): who voted (vote_register) and
-- what was voted (vote_ballot) share nothing but the round: no common key, no foreign key between them,
-- no timestamp on either (the round's own times are the finest), random primary keys (InnoDB stores and
-- dumps rows in key order, so the physical order is random, never the casting order).

-- The term's rule for leader elections: one ballot for both seats, or two successive ballots
-- (leader, then deputy); and whether the outgoing leader may stand again for leader.
ALTER TABLE term
    ADD COLUMN leader_ballots VARCHAR(16) NOT NULL DEFAULT 'ONE_BALLOT',
    ADD COLUMN outgoing_leader_reeligible BOOLEAN NOT NULL DEFAULT TRUE,
    ADD CONSTRAINT ck_term_leader_ballots CHECK (leader_ballots IN ('ONE_BALLOT', 'TWO_BALLOTS'));

CREATE TABLE vote (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id           BIGINT        NOT NULL,
    conference_id     BIGINT        NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    leadership_seats  VARCHAR(24)   NULL,
    award             VARCHAR(16)   NULL,
    method            VARCHAR(8)    NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    seats             INT           NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    current_round     INT           NOT NULL DEFAULT 1,
    teller1_username  VARCHAR(100)  NULL,
    teller1_name      VARCHAR(200)  NULL,
    teller2_username  VARCHAR(100)  NULL,
    teller2_name      VARCHAR(200)  NULL,
    void_reason       VARCHAR(1000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_vote_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_vote_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
    CONSTRAINT ck_vote_kind CHECK (kind IN ('LEADER_ELECTION', 'AWARD_VOTE', 'OTHER')),
    CONSTRAINT ck_vote_seats_kind CHECK ((kind = 'LEADER_ELECTION') = (leadership_seats IS NOT NULL)
        AND (leadership_seats IS NULL OR leadership_seats IN ('LEADER_AND_DEPUTY', 'LEADER', 'DEPUTY'))),
    CONSTRAINT ck_vote_award CHECK ((kind = 'AWARD_VOTE') = (award IS NOT NULL)
        AND (award IS NULL OR award IN ('FLAG', 'CERTIFICATE'))),
    CONSTRAINT ck_vote_method CHECK (method IN ('SECRET', 'OPEN', 'PAPER')),
    CONSTRAINT ck_vote_seats CHECK (seats >= 1),
    CONSTRAINT ck_vote_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'TALLIED', 'NO_RESULT', 'CERTIFIED', 'VOID')),
    CONSTRAINT ck_vote_round CHECK (current_round BETWEEN 1 AND 3),
    CONSTRAINT ck_vote_tellers CHECK ((teller1_username IS NULL) = (teller2_username IS NULL)
        AND (teller1_username IS NULL OR teller1_username <> teller2_username)),
    -- a void vote says why; no other state carries a reason
    CONSTRAINT ck_vote_void CHECK ((status = 'VOID') = (void_reason IS NOT NULL AND TRIM(void_reason) <> '')),
    INDEX ix_vote_term (term_id, status),
    INDEX ix_vote_conference (conference_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The vote's candidates (member units) in the order the ballot lists them.
CREATE TABLE vote_candidate (
    id        BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vote_id   BIGINT NOT NULL,
    position  INT    NOT NULL,
    unit_id   BIGINT NOT NULL,
    CONSTRAINT fk_vote_candidate_vote FOREIGN KEY (vote_id) REFERENCES vote (id) ON DELETE CASCADE,
    CONSTRAINT fk_vote_candidate_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_vote_candidate_position UNIQUE (vote_id, position),
    CONSTRAINT uk_vote_candidate_unit UNIQUE (vote_id, unit_id),
    CONSTRAINT ck_vote_candidate_position CHECK (position >= 1),
    INDEX ix_vote_candidate_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One round: FIRST, then a RUNOFF between the top candidates, then a REVOTE, then a recorded lot (seed
-- kept, the draw reproducible). Its counts (members, present, ballots issued/received/valid/invalid)
-- are fixed at the tally; the result file's SHA-256 when published.
CREATE TABLE vote_round (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vote_id               BIGINT        NOT NULL,
    number                INT           NOT NULL,
    kind                  VARCHAR(8)    NOT NULL,
    seats                 INT           NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    members               INT           NULL,
    present               INT           NULL,
    ballots_issued        INT           NULL,
    ballots_received      INT           NULL,
    ballots_valid         INT           NULL,
    ballots_invalid       INT           NULL,
    disclosure_warnings   VARCHAR(200)  NULL,
    lot_seed              BIGINT        NULL,
    opened_at             TIMESTAMP(6)  NULL,
    closed_at             TIMESTAMP(6)  NULL,
    tallied_at            TIMESTAMP(6)  NULL,
    certified_at          TIMESTAMP(6)  NULL,
    published_at          TIMESTAMP(6)  NULL,
    result_sha256         CHAR(64)      NULL,
    CONSTRAINT fk_vote_round_vote FOREIGN KEY (vote_id) REFERENCES vote (id) ON DELETE CASCADE,
    CONSTRAINT uk_vote_round_number UNIQUE (vote_id, number),
    CONSTRAINT ck_vote_round_number CHECK (number BETWEEN 1 AND 3),
    CONSTRAINT ck_vote_round_kind CHECK (kind IN ('FIRST', 'RUNOFF', 'REVOTE')),
    CONSTRAINT ck_vote_round_seats CHECK (seats >= 1),
    CONSTRAINT ck_vote_round_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'TALLIED', 'NO_RESULT', 'CERTIFIED', 'VOID')),
    CONSTRAINT ck_vote_round_published CHECK ((published_at IS NULL) = (result_sha256 IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The candidates of a round with their result once tallied: votes, and the seat won (1 = first elected;
-- by_lot when the recorded lot decided it).
CREATE TABLE vote_round_candidate (
    id            BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT  NOT NULL,
    position      INT     NOT NULL,
    unit_id       BIGINT  NOT NULL,
    votes         INT     NULL,
    elected_rank  INT     NULL,
    by_lot        BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_vote_round_candidate_round FOREIGN KEY (round_id) REFERENCES vote_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_vote_round_candidate_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_vote_round_candidate_position UNIQUE (round_id, position),
    CONSTRAINT uk_vote_round_candidate_unit UNIQUE (round_id, unit_id),
    CONSTRAINT uk_vote_round_candidate_rank UNIQUE (round_id, elected_rank),
    CONSTRAINT ck_vote_round_candidate_votes CHECK (votes IS NULL OR votes >= 0),
    CONSTRAINT ck_vote_round_candidate_rank CHECK (elected_rank IS NULL OR elected_rank >= 1),
    INDEX ix_vote_round_candidate_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The register (danh sách đơn vị đã bỏ phiếu): which member unit voted in a round, who cast it and as
-- whose delegate. The unique key is the one-ballot-per-unit invariant. Random id, no time, nothing
-- of the ballot.
CREATE TABLE vote_register (
    id              BIGINT        NOT NULL PRIMARY KEY,
    round_id        BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    cast_by         VARCHAR(100)  NOT NULL,
    cast_by_name    VARCHAR(200)  NOT NULL,
    delegate_name   VARCHAR(200)  NULL,
    delegate_title  VARCHAR(300)  NULL,
    CONSTRAINT fk_vote_register_round FOREIGN KEY (round_id) REFERENCES vote_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_vote_register_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_vote_register_unit UNIQUE (round_id, unit_id),
    INDEX ix_vote_register_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The ballot box (hòm phiếu): what was voted, under a random receipt. choices: the marked candidates'
-- unit ids, ascending, comma-separated ('' = none marked). voter_unit_id only for OPEN votes
-- (biểu quyết công khai: names recorded by design), always NULL for SECRET ones.
CREATE TABLE vote_ballot (
    id             BIGINT        NOT NULL PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    receipt        CHAR(16)      NOT NULL,
    choices        VARCHAR(2000) NOT NULL,
    voter_unit_id  BIGINT        NULL,
    CONSTRAINT fk_vote_ballot_round FOREIGN KEY (round_id) REFERENCES vote_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_vote_ballot_voter FOREIGN KEY (voter_unit_id) REFERENCES unit (id),
    CONSTRAINT uk_vote_ballot_receipt UNIQUE (round_id, receipt),
    CONSTRAINT ck_vote_ballot_choices CHECK (choices REGEXP '^([0-9]+(,[0-9]+)*)?$'),
    INDEX ix_vote_ballot_voter (voter_unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- PAPER rounds: each of the two tellers (slot 1, 2) enters the hand count independently; the tally
-- proceeds only when both sheets agree.
CREATE TABLE vote_paper_count (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT        NOT NULL,
    teller_slot       INT           NOT NULL,
    entered_by        VARCHAR(100)  NOT NULL,
    ballots_issued    INT           NOT NULL,
    ballots_received  INT           NOT NULL,
    ballots_invalid   INT           NOT NULL,
    candidate_votes   VARCHAR(2000) NOT NULL,
    entered_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_vote_paper_count_round FOREIGN KEY (round_id) REFERENCES vote_round (id) ON DELETE CASCADE,
    CONSTRAINT uk_vote_paper_count_slot UNIQUE (round_id, teller_slot),
    CONSTRAINT ck_vote_paper_count_slot CHECK (teller_slot IN (1, 2)),
    CONSTRAINT ck_vote_paper_count_numbers CHECK (ballots_issued >= 0 AND ballots_received >= 0
        AND ballots_invalid >= 0 AND ballots_received <= ballots_issued AND ballots_invalid <= ballots_received),
    CONSTRAINT ck_vote_paper_count_votes CHECK (candidate_votes REGEXP '^([0-9]+:[0-9]+(,[0-9]+:[0-9]+)*)?$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
