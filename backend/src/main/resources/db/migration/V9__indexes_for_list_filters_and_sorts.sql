-- Issue 9: every filter and sort the lists offer is served by an index, so that a list costs what
-- the caller's own rows cost, never what the nation's cost (scripts/bench.sh runs EXPLAIN on the
-- national dataset and compares the rows each endpoint examines with one province's).
-- Already there: unit (province_id, code), unit (code), unit_name (name_search), bloc (province_id,
-- name), term (bloc_id, year), term (year), membership (term_id, unit_id), (unit_id, term_year),
-- audit (entity_type, entity_id), (actor), (occurred_at), (province_id, occurred_at).
-- Contains-searches (q: LIKE '%…%') read the scope's rows whatever the index; they stay bounded by
-- the province filter that every non-national caller carries.

-- Units: the default order (name, id) within a province and nationally; kind with that order; sort by activeFrom.
ALTER TABLE unit
    ADD INDEX ix_unit_province_name (province_id, name),
    ADD INDEX ix_unit_name (name),
    ADD INDEX ix_unit_kind_name (kind, name),
    ADD INDEX ix_unit_active_from (active_from);

-- Blocs: the default order (name, id) nationally; kind and status within a province.
ALTER TABLE bloc
    ADD INDEX ix_bloc_name (name),
    ADD INDEX ix_bloc_province_kind (province_id, kind),
    ADD INDEX ix_bloc_province_status (province_id, status);

-- Terms: status with the default order (year descending).
ALTER TABLE term
    ADD INDEX ix_term_status_year (status, year);

-- Successions: the default order (effectiveDate descending, id).
ALTER TABLE unit_succession
    ADD INDEX ix_unit_succession_effective (effective_date);
