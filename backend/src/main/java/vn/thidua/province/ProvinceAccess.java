package vn.thidua.province;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.thidua.access.ProvincePlaces;

/**
 * Provinces as the access rules see them: codes and active periods (read once per instance, they are
 * reference data that only a migration changes) and each province's lineage ({@link ProvinceLineage}).
 */
@ApplicationScoped
public class ProvinceAccess implements ProvincePlaces {

    @Inject
    ProvinceRepository provinces;

    @Inject
    ProvinceLineage lineage;

    private volatile Map<String, ProvincePlace> byCode;

    @Override
    public Optional<ProvincePlace> provinceOfCode(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    @Override
    public Set<Long> scopeOf(Long provinceId) {
        return lineage.scopeOf(provinceId);
    }

    private Map<String, ProvincePlace> byCode() {
        Map<String, ProvincePlace> current = byCode;
        if (current == null) {
            synchronized (this) {
                if (byCode == null) {
                    byCode = QuarkusTransaction.joiningExisting().call(() -> provinces.listAll().stream()
                            .map(p -> new ProvincePlace(p.id, p.code, p.activeFrom, p.activeTo))
                            .collect(Collectors.toUnmodifiableMap(ProvincePlace::code, Function.identity())));
                }
                current = byCode;
            }
        }
        return current;
    }
}
