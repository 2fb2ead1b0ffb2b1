-- Audit rows are hash-chained (docs/adr/0007-hash-chained-audit.md) and carry the province of the
-- entity they concern, so the trail can be scoped per province.
--   hash = SHA2(prev_hash | canonical(row)), canonical = the fields below, each "<bytes>:<value>" or
--   "~" for NULL, joined by "|": exactly what vn.thidua.audit.AuditChain computes in Java.
-- audit_chain_head holds the newest position and hash: writers lock it FOR UPDATE to append, and the
-- verifier (scripts/audit-verify.sh) notices when the newest rows were removed.

ALTER TABLE audit_event
    ADD COLUMN chain_seq   BIGINT   NULL AFTER id,
    ADD COLUMN province_id BIGINT   NULL AFTER entity_id,
    ADD COLUMN prev_hash   CHAR(64) NULL,
    ADD COLUMN hash        CHAR(64) NULL;

-- Rows written before this migration: their province from the entity when it still exists.
UPDATE audit_event a JOIN unit u ON a.entity_type = 'Unit' AND u.id = a.entity_id SET a.province_id = u.province_id;
UPDATE audit_event a JOIN bloc b ON a.entity_type = 'Bloc' AND b.id = a.entity_id SET a.province_id = b.province_id;
UPDATE audit_event a JOIN term t ON a.entity_type = 'Term' AND t.id = a.entity_id JOIN bloc b ON b.id = t.bloc_id
    SET a.province_id = b.province_id;
UPDATE audit_event a JOIN membership m ON a.entity_type = 'Membership' AND m.id = a.entity_id
    JOIN term t ON t.id = m.term_id JOIN bloc b ON b.id = t.bloc_id SET a.province_id = b.province_id;
UPDATE audit_event a SET a.province_id = (
        SELECT u.province_id FROM unit u
        WHERE u.id = COALESCE((SELECT MIN(s.unit_id) FROM unit_succession_successor s WHERE s.succession_id = a.entity_id),
                              (SELECT MIN(p.unit_id) FROM unit_succession_predecessor p WHERE p.succession_id = a.entity_id)))
    WHERE a.entity_type = 'UnitSuccession';

-- Chain the existing rows in id order.
SET @seq := 0;
UPDATE audit_event SET chain_seq = (@seq := @seq + 1) ORDER BY id;
SET @prev := REPEAT('0', 64);
UPDATE audit_event SET
    prev_hash = @prev,
    hash = (@prev := SHA2(CONCAT(@prev, '|', CONCAT_WS('|',
        CONCAT(LENGTH(chain_seq), ':', chain_seq),
        CONCAT(LENGTH(DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f')),
        CONCAT(LENGTH(actor), ':', actor),
        IF(actor_unit IS NULL, '~', CONCAT(LENGTH(actor_unit), ':', actor_unit)),
        CONCAT(LENGTH(operation), ':', operation),
        CONCAT(LENGTH(entity_type), ':', entity_type),
        CONCAT(LENGTH(entity_id), ':', entity_id),
        IF(province_id IS NULL, '~', CONCAT(LENGTH(province_id), ':', province_id)),
        IF(reason IS NULL, '~', CONCAT(LENGTH(reason), ':', reason)),
        CONCAT(LENGTH(changes), ':', changes))), 256))
    ORDER BY chain_seq;

ALTER TABLE audit_event
    MODIFY chain_seq BIGINT   NOT NULL,
    MODIFY prev_hash CHAR(64) NOT NULL,
    MODIFY hash      CHAR(64) NOT NULL,
    ADD CONSTRAINT uk_audit_chain_seq UNIQUE (chain_seq),
    ADD CONSTRAINT fk_audit_province FOREIGN KEY (province_id) REFERENCES province (id),
    ADD INDEX ix_audit_province_time (province_id, occurred_at);

CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
SELECT 1, COALESCE(MAX(chain_seq), 0),
       COALESCE((SELECT hash FROM audit_event ORDER BY chain_seq DESC LIMIT 1), REPEAT('0', 64))
FROM audit_event;
