package vn.thidua.scheme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.thidua.common.persistence.InList;

@ApplicationScoped
public class SchemeRepository implements PanacheRepository<Scheme> {

    /**
     * The scheme with its term, bloc and groups, then every group's criteria: two statements however many
     * groups it has (a batch of lazy loads would take one more per 16 groups).
     */
    public Optional<Scheme> findFull(long id) {
        Optional<Scheme> scheme = find("from Scheme s join fetch s.term t join fetch t.bloc left join fetch s.adoptedAt"
                + " left join fetch s.groups where s.id = ?1", id).firstResultOptional();
        if (scheme.isPresent() && !scheme.get().groups.isEmpty()) {
            getEntityManager().createQuery("select distinct g from SchemeGroup g left join fetch g.criteria where g.scheme.id = ?1",
                    SchemeGroup.class).setParameter(1, id).getResultList();
        }
        return scheme;
    }

    public List<Scheme> ofTerm(long termId) {
        return list("term.id = ?1 order by versionNo desc", termId);
    }

    public Optional<Scheme> adopted(long termId) {
        return find("term.id = ?1 and status = ?2", termId, SchemeStatus.ADOPTED).firstResultOptional();
    }

    public int nextVersionNo(long termId) {
        Integer max = getEntityManager().createQuery("select max(s.versionNo) from Scheme s where s.term.id = ?1", Integer.class)
                .setParameter(1, termId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Per scheme: {groups, criteria}, counted in the database. */
    public Map<Long, int[]> counts(List<Long> ids) {
        Map<Long, int[]> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        InList in = InList.of("ids", ids);
        in.bind(getEntityManager().createQuery("select g.scheme.id as id, count(distinct g.id) as groups, count(c.id) as criteria"
                + " from SchemeGroup g left join g.criteria c where " + in.in("g.scheme.id") + " group by g.scheme.id", Tuple.class))
                .getResultList()
                .forEach(t -> counts.put(t.get("id", Long.class), new int[] { t.get("groups", Long.class).intValue(),
                        t.get("criteria", Long.class).intValue() }));
        return counts;
    }
}
