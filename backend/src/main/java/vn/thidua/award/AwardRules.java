package vn.thidua.award;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.common.error.Text;
import vn.thidua.common.persistence.InList;
import vn.thidua.sheet.SheetStatus;
import vn.thidua.term.Term;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * Who may not be proposed for an award of a term's year, and why (one place: asked before an award vote opens,
 * when a unit is added by hand, and again when the dossier is submitted, since things change in between):
 * <ul>
 * <li>a restriction (kỷ luật, điều tra, thanh tra, khiếu nại) active on the day;</li>
 * <li>a disqualified final result (the scheme's disqualifier: the sheet's consolidated verdict, as the ranking shows it);</li>
 * <li>already proposed for an award of the same year by any bloc (one achievement earns one award), unless the Board
 * rejected that proposal.</li>
 * </ul>
 * Reasons name the restriction's kind and document: they go to the term's managers and the Board, who must act on
 * them; the restriction's note and resolution stay with the Board (see {@link RestrictionService}).
 */
@ApplicationScoped
public class AwardRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    EntityManager em;

    @Inject
    UnitRepository units;

    /** The reason each ineligible unit may not be proposed on {@code day}; items of {@code exceptProposal} are not "another" proposal. */
    public Map<Long, Text> ineligible(Term term, Collection<Long> unitIds, LocalDate day, Long exceptProposal) {
        Map<Long, Text> reasons = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return reasons;
        }
        List<Unit> candidates = units.byIds(unitIds);
        units.fetchNames(candidates);
        Map<Long, String> names = new LinkedHashMap<>();
        candidates.forEach(u -> names.put(u.id, UnitRef.of(u, term.lastDay()).name()));

        InList ids = InList.of("ids", unitIds);
        ids.bind(em.createQuery("select r from UnitRestriction r where " + ids.in("r.unit.id") + " and r.fromDate <= :day"
                + " and (r.toDate is null or r.toDate >= :day) order by r.fromDate, r.id", UnitRestriction.class))
                .setParameter("day", day).getResultList()
                .forEach(r -> reasons.putIfAbsent(r.unit.id, Text.of(
                        "{0} đang trong thời gian {1} theo văn bản số {2} ngày {3} (từ ngày {4}); không được đề nghị khen thưởng.",
                        "{0} is under {1} by document {2} of {3} (since {4}); it may not be proposed for an award.")
                        .with(names.get(r.unit.id), r.kind, r.decision.number, DAY.format(r.decision.date), r.fromDate)));

        List<Long> disqualified = ids.bind(em.createQuery("select distinct s.unit.id from ScoreSheet s where s.round.term = :term"
                + " and s.status = :final and s.disqualified = true and " + ids.in("s.unit.id"), Long.class)).setParameter("term", term)
                .setParameter("final", SheetStatus.FINAL).getResultList();
        List<Long> disqualifiedRows = ids.bind(em.createQuery("select distinct rr.unit.id from RankingRow rr where rr.ranking.round.term = :term"
                + " and rr.disqualified = true and " + ids.in("rr.unit.id"), Long.class)).setParameter("term", term)
                .getResultList();
        java.util.stream.Stream.concat(disqualified.stream(), disqualifiedRows.stream()).distinct()
                .forEach(unit -> reasons.putIfAbsent(unit, Text.of(
                        "{0} vi phạm tiêu chí loại trừ trong kết quả chấm điểm năm {1}; không được đề nghị khen thưởng.",
                        "{0} met a disqualifying criterion in its {1} result; it may not be proposed for an award.")
                        .with(names.get(unit), String.valueOf(term.year))));

        ids.bind(em.createQuery("select i from AwardProposalItem i join fetch i.proposal p join fetch p.term t join fetch t.bloc"
                + " where " + ids.in("i.unit.id") + " and t.year = :year and (i.outcome is null or i.outcome <> :rejected)"
                + " and p.id <> :except order by i.id", AwardProposalItem.class))
                .setParameter("year", term.year).setParameter("rejected", AwardOutcome.REJECTED)
                .setParameter("except", exceptProposal == null ? -1L : exceptProposal)
                .getResultList()
                .forEach(i -> reasons.putIfAbsent(i.unit.id, Text.of(
                        "{0} đã được đề nghị {1} cho thành tích năm {2} ({3}); mỗi thành tích chỉ được đề nghị một hình thức khen thưởng.",
                        "{0} is already proposed for the {1} for its {2} achievement ({3}); one achievement earns one award.")
                        .with(names.get(i.unit.id), i.award, String.valueOf(term.year), i.proposal.term.bloc.name)));
        return reasons;
    }
}
