package vn.thidua.unit;

import java.time.LocalDate;

/** What the unit feature needs to know about memberships (implemented by the membership feature). */
public interface UnitMemberships {

    long countOf(Long unitId);

    /** Whether the unit has a membership that started outside [from, to] ({@code to} null = open). */
    boolean anyJoinedOutside(Long unitId, LocalDate from, LocalDate to);

    /** Every membership of these units with its term and bloc, newest year first: one query. */
    java.util.List<UnitLineage.Participation> participations(java.util.Collection<Long> unitIds);
}
