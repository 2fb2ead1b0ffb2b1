package vn.thidua.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileService;
import vn.thidua.common.text.VietnameseOrder;
import vn.thidua.common.persistence.InList;

/** Queries of rounds, sheets and reviews; each read fetches what its representation needs in a few statements. */
@ApplicationScoped
public class ScoringRepository {

    @Inject
    EntityManager em;

    @Inject
    FileService files;

    public EntityManager em() {
        return em;
    }

    public Optional<ScoringRound> roundOfTerm(long termId) {
        return em.createQuery("from ScoringRound r join fetch r.scheme where r.term.id = ?1", ScoringRound.class)
                .setParameter(1, termId).getResultStream().findFirst();
    }

    public Optional<ScoringRound> round(long id) {
        return em.createQuery("from ScoringRound r join fetch r.term t join fetch t.bloc join fetch r.scheme where r.id = ?1",
                ScoringRound.class).setParameter(1, id).getResultStream().findFirst();
    }

    /** The round's sheets with their units and reviews (and the reviewers' units), in the units' name order. */
    public List<ScoreSheet> sheets(long roundId) {
        List<ScoreSheet> sheets = em.createQuery("select distinct s from ScoreSheet s join fetch s.unit"
                + " left join fetch s.reviews r left join fetch r.reviewerUnit where s.round.id = ?1", ScoreSheet.class)
                .setParameter(1, roundId).getResultList();
        return sheets.stream().sorted(Comparator.comparing((ScoreSheet s) -> s.round.unitName(s.unit), VietnameseOrder.NAMES)
                .thenComparing(s -> s.unit.code)).toList();
    }

    public Optional<ScoreSheet> sheet(long id) {
        return em.createQuery("from ScoreSheet s join fetch s.unit join fetch s.round r join fetch r.term t join fetch t.bloc"
                + " join fetch r.scheme where s.id = ?1", ScoreSheet.class).setParameter(1, id).getResultStream().findFirst();
    }

    /** Evidence files per entry id (current files only). */
    public Map<Long, Integer> evidenceCounts(List<Long> entryIds) {
        return files.currentCounts(ScoreEntry.ENTITY, entryIds, FileKind.SCORE_EVIDENCE);
    }

    /** One submitted review's value and points of one criterion. */
    public record Given(BigDecimal value, BigDecimal points) {
    }

    /** Per sheet and criterion, the submitted reviews' values and points: a projection, no managed entities. */
    public Map<Long, Map<Long, List<Given>>> reviewPoints(List<Long> sheetIds) {
        Map<Long, Map<Long, List<Given>>> bySheet = new HashMap<>();
        if (sheetIds.isEmpty()) {
            return bySheet;
        }
        InList sheets = InList.of("sheets", sheetIds);
        sheets.bind(em.createQuery("select r.sheet.id, e.criterion.id, e.value, e.points from ScoreReviewEntry e join e.review r"
                + " where " + sheets.in("r.sheet.id") + " and r.status = :submitted", Object[].class))
                .setParameter("submitted", ReviewStatus.SUBMITTED).getResultList()
                .forEach(row -> bySheet.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(new Given((BigDecimal) row[2], (BigDecimal) row[3])));
        return bySheet;
    }

    /**
     * Per sheet of the round, the criteria where some review's points (draft or submitted) differ from the
     * self-score by more than the threshold: one grouped query, sheets without deviation absent.
     */
    public Map<Long, Integer> deviatingCriteria(long roundId, BigDecimal threshold) {
        Map<Long, Integer> bySheet = new HashMap<>();
        em.createQuery("select s.id, count(distinct e.criterion.id) from ScoreSheet s join s.entries e join s.reviews r join r.entries re"
                + " where s.round.id = ?1 and re.criterion.id = e.criterion.id and abs(e.selfPoints - re.points) > ?2 group by s.id",
                Object[].class).setParameter(1, roundId).setParameter(2, threshold).getResultList()
                .forEach(row -> bySheet.put((Long) row[0], ((Number) row[1]).intValue()));
        return bySheet;
    }

    /** A sheet's entry for a criterion that had none yet. */
    public ScoreEntry newEntry(ScoreSheet s, vn.thidua.scheme.SchemeCriterion c) {
        ScoreEntry e = new ScoreEntry();
        e.sheet = s;
        e.criterion = c;
        s.entries.add(e);
        em.persist(e);
        return e;
    }

    public List<ScoreChange> history(long sheetId) {
        return em.createQuery("from ScoreChange c where c.sheetId = ?1 order by c.changedAt, c.id", ScoreChange.class)
                .setParameter(1, sheetId).getResultList();
    }
}
