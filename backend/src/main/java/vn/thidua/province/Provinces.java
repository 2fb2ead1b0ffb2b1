package vn.thidua.province;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The provinces as other features see them, read once per instance: they are reference data that
 * only a migration changes, so lists of units, blocs and terms name their province without a query.
 */
@ApplicationScoped
public class Provinces {

    @Inject
    ProvinceRepository repository;

    private volatile Map<Long, Entry> byId;

    /** The province {@code id} named as it was on {@code on} (its newest name when null). */
    public ProvinceRef ref(Long id, LocalDate on) {
        Entry entry = entries().get(id);
        if (entry == null) {
            throw new IllegalStateException("province " + id + " is not in the reference data");
        }
        Name name = on == null ? entry.names.get(entry.names.size() - 1) : entry.nameOn(on);
        return new ProvinceRef(id, entry.code, name.name, name.level);
    }

    public boolean exists(Long id) {
        return entries().containsKey(id);
    }

    private Map<Long, Entry> entries() {
        Map<Long, Entry> current = byId;
        if (current == null) {
            synchronized (this) {
                if (byId == null) {
                    byId = QuarkusTransaction.joiningExisting().call(this::load);
                }
                current = byId;
            }
        }
        return current;
    }

    private Map<Long, Entry> load() {
        List<Province> all = repository.find("select distinct p from Province p left join fetch p.names").list();
        return all.stream().map(p -> new Entry(p.id, p.code, p.sortedNames().stream()
                .map(n -> new Name(n.name, n.level, n.validFrom)).toList()))
                .collect(Collectors.toUnmodifiableMap(Entry::id, Function.identity()));
    }

    private record Name(String name, ProvinceLevel level, LocalDate validFrom) {
    }

    private record Entry(Long id, String code, List<Name> names) {
        Name nameOn(LocalDate date) {
            return names.stream().filter(n -> !n.validFrom.isAfter(date)).max(Comparator.comparing(Name::validFrom))
                    .orElse(names.get(0));
        }
    }
}
