set autocommit=?
select u1_0.id,u1_0.active_from,u1_0.active_to,u1_0.code,u1_0.created_at,u1_0.kind,u1_0.name,u1_0.province_id,u1_0.short_name,u1_0.updated_at,u1_0.version from unit u1_0 where u1_0.province_id=? and u1_0.code=? limit ?
insert into unit (active_from,active_to,code,created_at,kind,name,province_id,short_name,updated_at,version) values (?,null,?,null,?)
insert into unit_name (name,name_search,short_name,unit_id,valid_from) values (?,null,?)
select us1_0.id,us1_0.created_at,us1_0.decision_date,us1_0.decision_issuer,us1_0.decision_number,us1_0.decision_title,us1_0.effective_date,us1_0.kind,us1_0.new_name,us1_0.new_short_name,us1_0.updated_at from unit_succession us1_0 where ?=? and (exists(select ? from unit_succession_predecessor p1_0 where p1_0.unit_id=? and us1_0.id=p1_0.succession_id) or exists(select ? from unit_succession_successor s1_0 where s1_0.unit_id=? and us1_0.id=s1_0.succession_id)) and not exists(select ? from unit_succession_predecessor p2_0 join unit p2_1 on p2_1.id=p2_0.unit_id where p2_1.province_id not in (?) and us1_0.id=p2_0.succession_id) and not exists(select ? from unit_succession_successor s2_0 join unit s2_1 on s2_1.id=s2_0.unit_id where s2_1.province_id not in (?) and us1_0.id=s2_0.succession_id) order by us1_0.effective_date,us1_0.id
select last_seq, last_hash from audit_chain_head where id = ? for update
insert into audit_event (chain_seq, occurred_at, actor, actor_unit, operation, entity_type, entity_id, province_id, reason, changes, prev_hash, hash) values (?, null, ?, null, ?)
update audit_chain_head set last_seq = ?, last_hash = ? where id = ?
COMMIT
set autocommit=?
