set autocommit=?
select t1_0.id,t1_0.bloc_id,b1_0.id,b1_0.created_at,b1_0.description,b1_0.dissolved_on,b1_0.founding_decision_date,b1_0.founding_decision_issuer,b1_0.founding_decision_number,b1_0.founding_decision_title,b1_0.kind,b1_0.name,b1_0.name_search,b1_0.province_id,b1_0.status,b1_0.updated_at,b1_0.version,t1_0.created_at,t1_0.decision_date,t1_0.decision_issuer,t1_0.decision_number,t1_0.decision_title,t1_0.recorded_from_sources,t1_0.certificate_quota,t1_0.flag_quota,t1_0.leader_ballots,t1_0.leader_selection,t1_0.outgoing_leader_reeligible,t1_0.quorum_denominator,t1_0.quorum_numerator,t1_0.winning_threshold_base,t1_0.winning_threshold_inclusive,t1_0.winning_threshold_percent,t1_0.sources_reason,t1_0.status,t1_0.updated_at,t1_0.version,t1_0.year from term t1_0 join bloc b1_0 on b1_0.id=t1_0.bloc_id where t1_0.id=? limit ?
select m1_0.unit_id,m1_0.role from membership m1_0 where m1_0.term_id=? and m1_0.left_on is null
select u1_0.id,u1_0.active_from,u1_0.active_to,u1_0.code,u1_0.created_at,u1_0.kind,u1_0.name,u1_0.province_id,u1_0.short_name,u1_0.updated_at,u1_0.version from unit u1_0 where u1_0.id=?
select n1_0.unit_id,n1_0.id,n1_0.name,n1_0.name_search,n1_0.short_name,n1_0.valid_from from unit_name n1_0 where n1_0.unit_id=? order by n1_0.valid_from
select c1_0.id,c1_0.title,c1_0.registration_deadline,r1_0.status from campaign c1_0 left join registration r1_0 on r1_0.campaign_id=c1_0.id and r1_0.unit_id=? where c1_0.term_id=? and c1_0.status=? and (r1_0.id is null or r1_0.status=? or r1_0.status=?)
select c1_0.id,c1_0.title from covenant c1_0 where c1_0.term_id=? and c1_0.status=? and not exists(select cs1_0.id from covenant_signature cs1_0 where cs1_0.covenant_id=c1_0.id and cs1_0.unit_id=?)
select c1_0.id,c1_0.title,c1_0.held_on from conference c1_0 where c1_0.term_id=? and c1_0.status=? and c1_0.held_on>=?
select c1_0.id,c1_0.title from campaign c1_0 where c1_0.term_id=? and c1_0.status=?
select c1_0.id,c1_0.title,count(r1_0.id) from registration r1_0 join campaign c1_0 on c1_0.id=r1_0.campaign_id where c1_0.term_id=? and r1_0.status=? group by c1_0.id,c1_0.title
select c1_0.id,c1_0.title,(select count(cs1_0.id) from covenant_signature cs1_0 where cs1_0.covenant_id=c1_0.id and cs1_0.unit_id in (?)) from covenant c1_0 where c1_0.term_id=? and c1_0.status=?
select c1_0.id,c1_0.title,c1_0.held_on,c1_0.status from conference c1_0 where c1_0.term_id=? and (c1_0.status=? or (c1_0.status=? and c1_0.held_on<?))
COMMIT
set autocommit=?
