package vn.thidua.membership;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;

/**
 * A membership as its list reads it: scalars of the membership and its unit, no entities (loading the
 * page's memberships, their units and the units again with their names was most of the list's CPU;
 * docs/performance.md, tenth pass). The unit's dated names come in a second query for the whole page.
 */
public record MembershipRow(
        @ProjectedFieldName("m.id") Long id,
        @ProjectedFieldName("m.term.id") Long termId,
        @ProjectedFieldName("u.id") Long unitId,
        @ProjectedFieldName("u.code") String unitCode,
        @ProjectedFieldName("m.role") MembershipRole role,
        @ProjectedFieldName("m.joinedOn") LocalDate joinedOn,
        @ProjectedFieldName("m.leftOn") LocalDate leftOn,
        @ProjectedFieldName("m.leftReason") String leftReason,
        @ProjectedFieldName("m.version") long version) {
}
