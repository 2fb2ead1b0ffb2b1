set autocommit=?
select u1_0.id,u1_0.active_from,u1_0.active_to,u1_0.code,u1_0.created_at,u1_0.kind,u1_0.name,u1_0.province_id,u1_0.short_name,u1_0.updated_at,u1_0.version from unit u1_0 where ?=? and u1_0.province_id in (?) order by u1_0.name,u1_0.id limit ?
select count(*) from unit u1_0 where ?=? and u1_0.province_id in (?)
COMMIT
set autocommit=?
