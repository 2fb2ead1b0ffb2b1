-- Successions become correctable and withdrawable (a withdrawn one is kept, marked, with its reason),
-- and the database makes a duplicate impossible even under concurrent writers:
-- unit_succession_link holds one row per predecessor of every live (not withdrawn) succession, with
-- what the succession did to it, so that a withdrawal can undo exactly that.
ALTER TABLE unit_succession
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0 AFTER new_short_name,
    ADD COLUMN withdrawn_at TIMESTAMP(6) NULL AFTER version,
    ADD COLUMN withdrawn_reason VARCHAR(1000) NULL AFTER withdrawn_at;

-- uk_unit_succession_once: the same kind of succession of a unit on one date is recorded once.
-- uk_unit_succession_ends_once: a unit ends (is merged away, split, dissolved) by one live succession only.
CREATE TABLE unit_succession_link (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    succession_id      BIGINT      NOT NULL,
    unit_id            BIGINT      NOT NULL,
    kind               VARCHAR(16) NOT NULL,
    effective_date     DATE        NOT NULL,
    ends               BOOLEAN     NOT NULL,
    previous_active_to DATE        NULL,
    end_slot           TINYINT AS (CASE WHEN ends THEN 1 END) PERSISTENT,
    CONSTRAINT fk_usl_succession FOREIGN KEY (succession_id) REFERENCES unit_succession (id),
    CONSTRAINT fk_usl_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_usl_succession_unit UNIQUE (succession_id, unit_id),
    CONSTRAINT uk_unit_succession_once UNIQUE (unit_id, kind, effective_date),
    CONSTRAINT uk_unit_succession_ends_once UNIQUE (unit_id, end_slot)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The successions recorded so far: a predecessor that is not also a successor ended (except by a rename).
INSERT INTO unit_succession_link (succession_id, unit_id, kind, effective_date, ends, previous_active_to)
SELECT s.id, p.unit_id, s.kind, s.effective_date,
       s.kind <> 'RENAME' AND NOT EXISTS (SELECT 1 FROM unit_succession_successor c
                                          WHERE c.succession_id = s.id AND c.unit_id = p.unit_id),
       NULL
FROM unit_succession s JOIN unit_succession_predecessor p ON p.succession_id = s.id;

-- Roles a merger handed to its successor in open terms (LEADER/DEPUTY), so that a withdrawal can hand
-- them back: the predecessor's membership it ended, and the successor's it created (or, when the
-- successor was already in the term, the role it had before). No foreign keys to membership: an admin may
-- still delete or change those memberships; a withdrawal then finds them changed and refuses.
CREATE TABLE unit_succession_transfer (
    id                  BIGINT     NOT NULL AUTO_INCREMENT PRIMARY KEY,
    succession_id       BIGINT     NOT NULL,
    term_id             BIGINT     NOT NULL,
    from_membership_id  BIGINT     NOT NULL,
    to_membership_id    BIGINT     NOT NULL,
    to_previous_role    VARCHAR(8) NULL,
    CONSTRAINT fk_ust_succession FOREIGN KEY (succession_id) REFERENCES unit_succession (id),
    CONSTRAINT fk_ust_term FOREIGN KEY (term_id) REFERENCES term (id),
    INDEX ix_ust_succession (succession_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
