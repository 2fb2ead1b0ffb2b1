-- Every entity now carries created_at/updated_at from the application Clock (common/persistence/Timestamped):
-- successions get the updated_at they lacked (they become correctable).
ALTER TABLE unit_succession ADD COLUMN updated_at TIMESTAMP(6) NULL AFTER created_at;
UPDATE unit_succession SET updated_at = created_at;
ALTER TABLE unit_succession MODIFY updated_at TIMESTAMP(6) NOT NULL;
