set autocommit=?
select t1_0.id,t1_0.bloc_id,b1_0.id,b1_0.created_at,b1_0.description,b1_0.dissolved_on,b1_0.founding_decision_date,b1_0.founding_decision_issuer,b1_0.founding_decision_number,b1_0.founding_decision_title,b1_0.kind,b1_0.name,b1_0.name_search,b1_0.province_id,b1_0.status,b1_0.updated_at,b1_0.version,t1_0.created_at,t1_0.decision_date,t1_0.decision_issuer,t1_0.decision_number,t1_0.decision_title,t1_0.recorded_from_sources,t1_0.certificate_quota,t1_0.flag_quota,t1_0.leader_selection,t1_0.quorum_denominator,t1_0.quorum_numerator,t1_0.winning_threshold_base,t1_0.winning_threshold_inclusive,t1_0.winning_threshold_percent,t1_0.sources_reason,t1_0.status,t1_0.updated_at,t1_0.version,t1_0.year from term t1_0 join bloc b1_0 on b1_0.id=t1_0.bloc_id where t1_0.id=? limit ?
select m1_0.unit_id,m1_0.role from membership m1_0 where m1_0.term_id=? and m1_0.left_on is null
select s1_0.id,s1_0.adopted_at_id,s1_0.adopted_on,s1_0.copied_from_id,s1_0.created_at,s1_0.status,s1_0.status_reason,s1_0.term_id,s1_0.title,s1_0.total_points,s1_0.updated_at,s1_0.version,s1_0.version_no from scoring_scheme s1_0 where s1_0.term_id=? order by s1_0.version_no desc
select sg1_0.scheme_id,count(distinct sg1_0.id),count(c1_0.id) from scoring_group sg1_0 left join scoring_criterion c1_0 on sg1_0.id=c1_0.group_id where sg1_0.scheme_id in (?) group by sg1_0.scheme_id
COMMIT
set autocommit=?
