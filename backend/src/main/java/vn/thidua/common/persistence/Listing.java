package vn.thidua.common.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The rows of a list and their total, for {@link vn.thidua.common.web.Page}. The rows come through Panache;
 * the total through a count query of its own, derived once from the same HQL ({@code select count(*) from …
 * where …}: joins kept, fetches and the order dropped) and run as a string, so its plan is cached like any
 * query's. Panache's {@code count()} asks Hibernate to derive a count from the list query at every call
 * ({@code getResultCount}), which builds and translates a new query each time: in the units list that was
 * 40 % of the request's CPU (docs/performance.md, ninth pass).
 */
public final class Listing<E> {

    private static final Pattern SELECT = Pattern.compile("(?is)^select\\s+(distinct\\s+)?(\\w+)\\s+(from\\s.*)$");
    private static final Pattern JOIN_FETCH = Pattern.compile("(?i)\\bjoin\\s+fetch\\b");
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\sorder\\s+by\\s");
    /** Each list HQL's count, derived once: the strings are the few the repositories build (IN lists padded). */
    private static final Map<String, String> COUNTS = new ConcurrentHashMap<>();

    private final PanacheRepositoryBase<?, ?> repository;
    private final PanacheQuery<E> rows;
    private final String countHql;
    private final Map<String, Object> named;
    private final Object[] positional;

    private Listing(PanacheRepositoryBase<?, ?> repository, PanacheQuery<E> rows, String countHql, Map<String, Object> named,
            Object[] positional) {
        this.repository = repository;
        this.rows = rows;
        this.countHql = countHql;
        this.named = named;
        this.positional = positional;
    }

    /** {@code hql}: {@code from …} or {@code select x from …}, with named parameters. */
    public static <E> Listing<E> of(PanacheRepositoryBase<E, ?> repository, String hql, Sort sort, Map<String, Object> params) {
        return new Listing<>(repository, repository.find(hql, sort, params), counting(hql), params, null);
    }

    /** {@code hql}: {@code from …} or {@code select x from …}, with positional parameters ({@code ?1}, …). */
    public static <E> Listing<E> of(PanacheRepositoryBase<E, ?> repository, String hql, Object... params) {
        return new Listing<>(repository, repository.find(hql, params), counting(hql), null, params);
    }

    /**
     * The same list read as scalars into {@code type} (a record whose components name what they select with
     * {@code @ProjectedFieldName}), counted by the same query: for lists that need no managed entities.
     */
    public <P> Listing<P> project(Class<P> type) {
        return new Listing<>(repository, rows.project(type), countHql, named, positional);
    }

    private static String counting(String hql) {
        return COUNTS.computeIfAbsent(hql, Listing::countQuery);
    }

    /** The rows, to page or to read whole. */
    public PanacheQuery<E> rows() {
        return rows;
    }

    /** How many rows the list holds across its pages. */
    public long count() {
        TypedQuery<Long> query = repository.getEntityManager().createQuery(countHql, Long.class);
        if (named != null) {
            named.forEach(query::setParameter);
        } else {
            for (int i = 0; i < positional.length; i++) {
                query.setParameter(i + 1, positional[i]);
            }
        }
        return query.getSingleResult();
    }

    /** The count of a list's HQL: what it selects counted, over the same joins and conditions. */
    static String countQuery(String hql) {
        String query = hql.strip();
        String counted = "*";
        Matcher select = SELECT.matcher(query);
        if (select.matches()) {
            counted = select.group(1) == null ? "*" : "distinct " + select.group(2);
            query = select.group(3);
        } else if (!query.toLowerCase(Locale.ROOT).startsWith("from ")) {
            throw new IllegalArgumentException("a listing's HQL starts with 'from' or 'select x from': " + hql);
        }
        query = JOIN_FETCH.matcher(query).replaceAll("join");
        int order = topLevelOrderBy(query);
        if (order >= 0) {
            query = query.substring(0, order);
        }
        return "select count(" + counted + ") " + query;
    }

    /** Where the outer query's {@code order by} starts (not a subquery's), or -1. */
    private static int topLevelOrderBy(String query) {
        Matcher order = ORDER_BY.matcher(query);
        int found = -1;
        while (order.find()) {
            int depth = 0;
            for (int i = 0; i < order.start(); i++) {
                char c = query.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            if (depth == 0) {
                found = order.start();
            }
        }
        return found;
    }
}
