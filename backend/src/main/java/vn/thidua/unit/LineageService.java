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

import vn.thidua.access.ProvinceScope;
import vn.thidua.common.lineage.LineageGraph;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.Versioned;
import vn.thidua.unit.UnitSuccessionRepository.Link;

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

    @ReadOnly
    public Versioned<UnitLineage> lineage(Long id) {
        Unit unit = unitService.find(id);
        List<Link> edges = successions.liveLinks();
        LineageGraph<Long> graph = new LineageGraph<>();
        edges.forEach(e -> graph.add(List.of(e.predecessorId()), List.of(e.successorId())));
        Set<Long> family = graph.withAncestors(unit.id);
        Map<Long, Unit> loaded = new HashMap<>();
        units.byIds(family).stream().filter(u -> scope.sees(u.provinceId)).forEach(u -> loaded.put(u.id, u));
        units.fetchNames(loaded.values());
        List<Link> inside = edges.stream()
                .filter(e -> loaded.containsKey(e.predecessorId()) && loaded.containsKey(e.successorId())).toList();
        Map<Long, Integer> depth = depths(unit.id, inside);
        Map<Long, UnitSuccession> byId = new HashMap<>();
        if (!inside.isEmpty()) {
            InList ids = InList.of("ids", inside.stream().map(Link::successionId).distinct().toList());
            successions.list(ids.in("id"), ids.parameters())
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
                .sorted(Comparator.comparing(Link::effectiveDate).reversed().thenComparing(Link::successionId))
                .map(e -> new UnitLineage.Link(e.successionId(), e.kind(), e.effectiveDate(),
                        byId.get(e.successionId()).decision.toData(), e.predecessorId(), e.successorId()))
                .toList();
        UnitLineage lineage = new UnitLineage(UnitRef.of(unit, null), ancestors, links,
                memberships.participations(depth.keySet()));
        return etags.versioned(lineage);
    }

    /** Steps from the unit back to each ancestor (shortest), the unit itself 0. */
    private static Map<Long, Integer> depths(Long start, List<Link> edges) {
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
