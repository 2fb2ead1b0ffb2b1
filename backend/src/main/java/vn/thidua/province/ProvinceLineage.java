package vn.thidua.province;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.thidua.common.lineage.LineageGraph;

/**
 * Which provinces' history a province inherits: itself and all its predecessors, transitively (the
 * Board of Ninh Bình reads Hà Nam's and Nam Định's records). Cached per instance: provinces change
 * only by migration.
 */
@ApplicationScoped
public class ProvinceLineage {

    @Inject
    ProvinceSuccessionRepository successions;

    private volatile LineageGraph<Long> graph;

    /** The province and all its predecessors' ids; a province without successions is its own scope. */
    public Set<Long> scopeOf(Long provinceId) {
        return Set.copyOf(graph().withAncestors(provinceId));
    }

    private LineageGraph<Long> graph() {
        LineageGraph<Long> current = graph;
        if (current == null) {
            synchronized (this) {
                if (graph == null) {
                    graph = QuarkusTransaction.joiningExisting().call(this::load);
                }
                current = graph;
            }
        }
        return current;
    }

    private LineageGraph<Long> load() {
        LineageGraph<Long> result = new LineageGraph<>();
        for (ProvinceSuccession s : successions.allWithSides()) {
            result.add(s.predecessors.stream().map(p -> p.id).toList(), s.successors.stream().map(p -> p.id).toList());
        }
        return result;
    }
}
