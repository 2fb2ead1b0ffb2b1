set autocommit=?
select t1_0.id,t1_0.bloc_id,b1_0.id,b1_0.created_at,b1_0.description,b1_0.dissolved_on,b1_0.founding_decision_date,b1_0.founding_decision_issuer,b1_0.founding_decision_number,b1_0.founding_decision_title,b1_0.kind,b1_0.name,b1_0.name_search,b1_0.province_id,b1_0.status,b1_0.updated_at,b1_0.version,t1_0.created_at,t1_0.decision_date,t1_0.decision_issuer,t1_0.decision_number,t1_0.decision_title,t1_0.recorded_from_sources,t1_0.certificate_quota,t1_0.flag_quota,t1_0.leader_selection,t1_0.quorum_denominator,t1_0.quorum_numerator,t1_0.winning_threshold_base,t1_0.winning_threshold_inclusive,t1_0.winning_threshold_percent,t1_0.sources_reason,t1_0.status,t1_0.updated_at,t1_0.version,t1_0.year from term t1_0 join bloc b1_0 on b1_0.id=t1_0.bloc_id where t1_0.id=? limit ?
select m1_0.unit_id,m1_0.role from membership m1_0 where m1_0.term_id=? and m1_0.left_on is null
select c1_0.id,c1_0.chair_name,c1_0.chair_title,c1_0.chair_unit_id,c1_0.created_at,c1_0.guests,c1_0.held_on,c1_0.host_unit_id,c1_0.kind,c1_0.secretary_name,c1_0.secretary_title,c1_0.start_time,c1_0.status,c1_0.status_reason,c1_0.term_id,c1_0.title,c1_0.updated_at,c1_0.venue,c1_0.version from conference c1_0 where c1_0.term_id=? order by c1_0.held_on,c1_0.id
select ca1_0.conference_id,count(distinct ca1_0.unit_id) from conference_attendee ca1_0 where ca1_0.conference_id in (?) group by ca1_0.conference_id
select sf1_0.owner_id from stored_file sf1_0 where sf1_0.owner_type=? and sf1_0.kind=? and sf1_0.superseded_by is null and sf1_0.owner_id in (?)
COMMIT
set autocommit=?
