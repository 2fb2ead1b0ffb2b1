package vn.thidua.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Row counts straight from the database, to prove that refused requests wrote nothing. */
@ApplicationScoped
public class Rows {

    private static final List<String> TABLES = List.of("unit", "unit_name", "unit_succession", "bloc", "term",
            "membership", "audit_event", "stored_file");

    @Inject
    EntityManager em;

    public Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                        .longValue());
            }
            return counts;
        });
    }
}
