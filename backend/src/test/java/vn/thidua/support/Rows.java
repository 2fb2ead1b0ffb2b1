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

    /** Every row of a table as text, in primary-key order. */
    public List<String> dump(String table) {
        return QuarkusTransaction.requiringNew().call(() -> rowsOf(table));
    }

    /**
     * Every table of the schema (also those added later), except Flyway's history: its row count and a
     * hash of its rows, so that an UPDATE that changes no count is seen too. (Not CHECKSUM TABLE: with
     * the stored generated columns of membership, MariaDB's checksum flips while no row changes.)
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> tables = em.createNativeQuery("select table_name from information_schema.tables"
                    + " where table_schema = database() and table_type = 'BASE TABLE'"
                    + " and table_name <> 'flyway_schema_history' order by table_name").getResultList();
            Map<String, String> state = new LinkedHashMap<>();
            for (String table : tables) {
                List<String> rows = rowsOf(table);
                state.put(table, rows.size() + " rows, hash " + Integer.toHexString(rows.hashCode()));
            }
            return state;
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> rowsOf(String table) {
        return ((List<Object>) em.createNativeQuery("select * from `" + table + "` order by 1").getResultList()).stream()
                .map(row -> row instanceof Object[] cells ? java.util.Arrays.deepToString(cells) : String.valueOf(row))
                .toList();
    }
}
