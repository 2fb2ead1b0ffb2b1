package vn.thidua.term;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import vn.thidua.unit.UnitRef;

/** A term's current leader, deputy and member count (implemented by the membership feature). */
public interface TermRoster {

    record Summary(UnitRef leader, UnitRef deputy, int memberCount) {
        public static final Summary EMPTY = new Summary(null, null, 0);
    }

    /** One query for many terms, so lists do not ask per row. */
    Map<Long, Summary> summarise(Collection<Long> termIds);

    long countMembers(Long termId);

    /** The current LEADER and DEPUTY units and every current member unit (one query): what {@link TermAccess} needs. */
    record Parties(Long leaderUnitId, Long deputyUnitId, Set<Long> memberUnitIds) {
    }

    Parties parties(Long termId);
}
