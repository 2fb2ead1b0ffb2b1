package vn.thidua.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.common.lineage.LineageGraph;
import vn.thidua.membership.Membership;
import vn.thidua.membership.MembershipRepository;
import vn.thidua.term.Term;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRepository;
import vn.thidua.unit.UnitSuccessionRepository;

/**
 * Who of an outgoing term's current members is still there next year: a unit active on next year's first
 * day stays; one merged, split or dissolved since is replaced by its live successors of the bloc's province
 * (along the live successions), or dropped when it has none.
 */
@ApplicationScoped
public class NextYearMembers {

    @Inject
    EntityManager em;

    @Inject
    MembershipRepository memberships;

    @Inject
    UnitRepository units;

    @Inject
    UnitSuccessionRepository successions;

    /** A unit of next year and the outgoing member it replaces (null: itself). */
    public record Carried(Unit unit, Unit replaces) {
    }

    /** The carried members (by unit id, in the outgoing roster's order), the dropped ones, and how a unit resolves. */
    public record Plan(Map<Long, Carried> carried, List<Unit> dropped, Resolver resolver) {
    }

    /** Follows a unit to what it is next year, through the live successions. */
    public record Resolver(LineageGraph<Long> graph, LocalDate firstDay, long provinceId, EntityManager em) {
        public Set<Long> live(long unitId) {
            return graph.liveDescendants(unitId, id -> {
                Unit unit = em.find(Unit.class, id);
                return unit != null && unit.provinceId == provinceId && unit.isActiveOn(firstDay);
            });
        }
    }

    public Plan of(Term outgoing) {
        LocalDate firstDay = LocalDate.of(outgoing.year + 1, 1, 1);
        List<Membership> current = memberships.ofTerm(outgoing.id, null, false).rows().list().stream().filter(Membership::isCurrent).toList();
        units.fetchNames(current.stream().map(m -> m.unit).toList());
        Resolver resolver = new Resolver(successions.liveGraph(), firstDay, outgoing.bloc.provinceId, em);
        Map<Long, Carried> carried = new LinkedHashMap<>();
        List<Unit> dropped = new ArrayList<>();
        for (Membership m : current) {
            if (m.unit.isActiveOn(firstDay)) {
                carried.putIfAbsent(m.unit.id, new Carried(m.unit, null));
                continue;
            }
            Set<Long> successors = resolver.live(m.unit.id);
            if (successors.isEmpty()) {
                dropped.add(m.unit);
            }
            successors.forEach(id -> carried.putIfAbsent(id, new Carried(em.find(Unit.class, id), m.unit)));
        }
        return new Plan(carried, dropped, resolver);
    }
}
