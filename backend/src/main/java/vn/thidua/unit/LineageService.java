package vn.thidua.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.thidua.common.persistence.ReadOnly;

import vn.thidua.access.ProvinceScope;
import vn.thidua.common.lineage.LineageGraph;
import vn.thidua.common.lineage.SuccessionKind;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.Versioned;

/**
 * A unit's lineage in a fixed number of queries, however long its history: the live succession edges
 * (one projection), the ancestors with their names, their successions and their memberships.
 */
@ApplicationScoped
public class LineageService {

    @Inject
    UnitService unitService;

    @Inject
    UnitRepository units;

    @Inject
    UnitSuccessionRepository successions;

    @Inject
    UnitMemberships memberships;

    @Inject
    ProvinceScope scope;

    @Inject
    ETags etags;

    record Edge(Long successionId, SuccessionKind kind, LocalDate effectiveDate, Long predecessorId, Long successorId) {
    }

    @ReadOnly
    public Versioned<UnitLineage> lineage(Long id) {
        Unit unit = unitService.find(id);
        List<Edge> edges = successions.getEntityManager().createQuery("select s.id, s.kind, s.effectiveDate, p.id, c.id"
                + " from UnitSuccession s join s.predecessors p join s.successors c where s.withdrawnAt is null and p.id <> c.id",
                Object[].class).getResultList().stream()
                .map(r -> new Edge((Long) r[0], (SuccessionKind) r[1], (LocalDate) r[2], (Long) r[3], (Long) r[4])).toList();
        LineageGraph<Long> graph = new LineageGraph<>();
        edges.forEach(e -> graph.add(List.of(e.predecessorId()), List.of(e.successorId())));
        Set<Long> family = graph.withAncestors(unit.id);
        Map<Long, Unit> loaded = new HashMap<>();
        units.list("id in ?1", family).stream().filter(u -> scope.sees(u.provinceId)).forEach(u -> loaded.put(u.id, u));
        units.fetchNames(loaded.values());
        List<Edge> inside = edges.stream()
                .filter(e -> loaded.containsKey(e.predecessorId()) && loaded.containsKey(e.successorId())).toList();
        Map<Long, Integer> depth = depths(unit.id, inside);
        Map<Long, UnitSuccession> byId = new HashMap<>();
        if (!inside.isEmpty()) {
            successions.list("id in ?1", inside.stream().map(Edge::successionId).distinct().toList())
                    .forEach(s -> byId.put(s.id, s));
        }
        List<UnitLineage.Ancestor> ancestors = new ArrayList<>();
        depth.forEach((unitId, d) -> {
            if (d > 0) {
                Unit u = loaded.get(unitId);
                ancestors.add(new UnitLineage.Ancestor(UnitRef.of(u, u.activeTo), u.activeFrom, u.activeTo, d));
            }
        });
        ancestors.sort(Comparator.comparing((UnitLineage.Ancestor a) -> a.activeTo() == null ? LocalDate.MAX : a.activeTo())
                .reversed().thenComparing(a -> a.unit().id()));
        List<UnitLineage.Link> links = inside.stream().filter(e -> depth.containsKey(e.successorId()))
                .sorted(Comparator.comparing(Edge::effectiveDate).reversed().thenComparing(Edge::successionId))
                .map(e -> new UnitLineage.Link(e.successionId(), e.kind(), e.effectiveDate(),
                        byId.get(e.successionId()).decision.toData(), e.predecessorId(), e.successorId()))
                .toList();
        UnitLineage lineage = new UnitLineage(UnitRef.of(unit, null), ancestors, links,
                memberships.participations(depth.keySet()));
        return etags.versioned(lineage);
    }

    /** Steps from the unit back to each ancestor (shortest), the unit itself 0. */
    private static Map<Long, Integer> depths(Long start, List<Edge> edges) {
        Map<Long, List<Long>> predecessorsOf = new HashMap<>();
        edges.forEach(e -> predecessorsOf.computeIfAbsent(e.successorId(), k -> new ArrayList<>()).add(e.predecessorId()));
        Map<Long, Integer> depth = new LinkedHashMap<>();
        depth.put(start, 0);
        List<Long> frontier = List.of(start);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Long id : frontier) {
                for (Long p : predecessorsOf.getOrDefault(id, List.of())) {
                    if (!depth.containsKey(p)) {
                        depth.put(p, depth.get(id) + 1);
                        next.add(p);
                    }
                }
            }
            frontier = next;
        }
        return depth;
    }
}
