package vn.thidua.province;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.thidua.access.ProvincePlaces;

/**
 * Provinces as the access rules see them (codes, active periods, lineage), read once per instance:
 * they are reference data that only a migration changes.
 */
@ApplicationScoped
public class ProvinceAccess implements ProvincePlaces {

    @Inject
    ProvinceRepository provinces;

    @Inject
    EntityManager em;

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, ProvincePlace> byCode, Map<Long, Set<Long>> scopes) {
    }

    @Override
    public Optional<ProvincePlace> provinceOfCode(String code) {
        return Optional.ofNullable(snapshot().byCode().get(code));
    }

    @Override
    public Set<Long> scopeOf(Long provinceId) {
        return snapshot().scopes().getOrDefault(provinceId, Set.of(provinceId));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = QuarkusTransaction.joiningExisting().call(this::load);
                }
                current = snapshot;
            }
        }
        return current;
    }

    private Snapshot load() {
        Map<String, ProvincePlace> byCode = provinces.listAll().stream()
                .map(p -> new ProvincePlace(p.id, p.code, p.activeFrom, p.activeTo))
                .collect(Collectors.toUnmodifiableMap(ProvincePlace::code, Function.identity()));
        Map<Long, Set<Long>> direct = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> links = em.createNativeQuery("select ss.province_id, sp.province_id"
                + " from province_succession_successor ss"
                + " join province_succession_predecessor sp on sp.succession_id = ss.succession_id").getResultList();
        for (Object[] link : links) {
            direct.computeIfAbsent(((Number) link[0]).longValue(), k -> new HashSet<>())
                    .add(((Number) link[1]).longValue());
        }
        Map<Long, Set<Long>> scopes = new HashMap<>();
        for (ProvincePlace p : byCode.values()) {
            scopes.put(p.provinceId(), Set.copyOf(lineage(p.provinceId(), direct)));
        }
        return new Snapshot(byCode, Map.copyOf(scopes));
    }

    /** The province and, transitively, every province it succeeded. */
    private static Set<Long> lineage(Long id, Map<Long, Set<Long>> direct) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            Long next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(direct.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }
}
