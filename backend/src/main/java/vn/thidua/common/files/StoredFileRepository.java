package vn.thidua.common.files;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.thidua.common.persistence.InList;

@ApplicationScoped
public class StoredFileRepository implements PanacheRepository<StoredFile> {

    /** Newest first: the current file, then the ones it superseded. */
    public List<StoredFile> findOwnedBy(String ownerType, long ownerId, FileKind kind) {
        return list("ownerType = ?1 and ownerId = ?2 and kind = ?3 order by createdAt desc, id desc", ownerType,
                ownerId, kind);
    }

    public Optional<StoredFile> findCurrent(String ownerType, long ownerId, FileKind kind) {
        return find("ownerType = ?1 and ownerId = ?2 and kind = ?3 and supersededBy is null", ownerType, ownerId, kind)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Of these owners, how many current (not superseded) files of this kind each has (owners without any left out); one statement. */
    public java.util.Map<Long, Integer> currentCounts(String ownerType, java.util.Collection<Long> ownerIds, FileKind kind) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        if (ownerIds.isEmpty()) {
            return counts;
        }
        InList owners = InList.of("ids", ownerIds);
        owners.bind(getEntityManager().createQuery("select f.ownerId, count(f) from StoredFile f where f.ownerType = :type and f.kind = :kind"
                + " and f.supersededBy is null and " + owners.in("f.ownerId") + " group by f.ownerId", Object[].class))
                .setParameter("type", ownerType).setParameter("kind", kind).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
        return counts;
    }

    /** Of these owners, those with a current (not superseded) file of this kind; one statement. */
    public java.util.Set<Long> ownersWithCurrent(String ownerType, java.util.Collection<Long> ownerIds, FileKind kind) {
        if (ownerIds.isEmpty()) {
            return java.util.Set.of();
        }
        InList owners = InList.of("ids", ownerIds);
        return new java.util.HashSet<>(owners.bind(getEntityManager().createQuery("select f.ownerId from StoredFile f where f.ownerType = :type"
                + " and f.kind = :kind and f.supersededBy is null and " + owners.in("f.ownerId"), Long.class))
                .setParameter("type", ownerType).setParameter("kind", kind).getResultList());
    }
}
