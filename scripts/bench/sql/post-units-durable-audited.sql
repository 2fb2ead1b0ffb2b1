set autocommit=?
select u1_0.id,u1_0.active_from,u1_0.active_to,u1_0.code,u1_0.created_at,u1_0.kind,u1_0.name,u1_0.province_id,u1_0.short_name,u1_0.updated_at,u1_0.version from unit u1_0 where u1_0.province_id=? and u1_0.code=? limit ?
insert into unit (active_from,active_to,code,created_at,kind,name,province_id,short_name,updated_at,version) values (?,null,?,null,?)
insert into unit_name (name,name_search,short_name,unit_id,valid_from) values (?,null,?)
select last_seq, last_hash from audit_chain_head where id = ? for update
insert into audit_event (chain_seq, occurred_at, actor, actor_unit, operation, entity_type, entity_id, province_id, reason, changes, prev_hash, hash) values (?, null, ?, null, ?)
update audit_chain_head set last_seq = ?, last_hash = ? where id = ?
COMMIT
set autocommit=?
