package vn.thidua.common.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * An IN list whose query Hibernate translates once. Hibernate caches no plan for a query that binds a
 * collection ({@code in :ids}): it translates that query to SQL again at every execution (≈ 11 % of
 * the CPU of the benchmarked reads, docs/performance.md). Here each value has a parameter of its own
 * ({@code in (:ids0, :ids1, …)}), and the list is padded to a power of two with its last value, so a
 * few query strings, each translated once and cached, serve every size; the rows are the same.
 *
 * <pre>
 * InList ids = InList.of("ids", unitIds);
 * ids.bind(em.createQuery("select u from Unit u where " + ids.in("u.id"), Unit.class)).getResultList();
 * </pre>
 */
public final class InList {

    private final String name;
    private final List<Object> values;

    private InList(String name, List<Object> values) {
        this.name = name;
        this.values = values;
    }

    public static InList of(String name, Collection<?> values) {
        List<Object> padded = new ArrayList<>(values);
        while (!padded.isEmpty() && Integer.bitCount(padded.size()) != 1) {
            padded.add(padded.get(padded.size() - 1));
        }
        return new InList(name, padded);
    }

    /** {@code path in (:name0, :name1, …)} ({@code path = :name0} for one value); for none, a condition no row meets. */
    public String in(String path) {
        if (values.isEmpty()) {
            return "1 = 0";
        }
        if (values.size() == 1) { // a lone "in (:p)" may take a collection: Hibernate would not cache it either
            return path + " = :" + name + "0";
        }
        StringBuilder sql = new StringBuilder(path).append(" in (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return sql.append(')').toString();
    }

    /** Binds every value to {@code query} and returns it. */
    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(name + i, values.get(i));
        }
        return query;
    }

    /** The values as named parameters of a Panache query (a new map, for the query's other parameters too). */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        putInto(parameters);
        return parameters;
    }

    /** Adds every value to the named parameters of a Panache query. */
    public void putInto(Map<String, Object> parameters) {
        for (int i = 0; i < values.size(); i++) {
            parameters.put(name + i, values.get(i));
        }
    }
}
