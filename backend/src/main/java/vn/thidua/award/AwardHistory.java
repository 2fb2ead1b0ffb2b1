package vn.thidua.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import vn.thidua.access.ProvinceScope;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.province.Provinces;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;
import vn.thidua.unit.UnitSuccessionRepository;

/**
 * Decided awards (published results: anyone may read them): a unit's across the years, its predecessors' included
 * (through live successions), each with the name the unit had that year; and a province's, bloc's or year's for
 * the public. Awards are the appraised items of DECIDED dossiers that were approved or downgraded.
 */
@ApplicationScoped
@Traced
public class AwardHistory {

    private static final String DECIDED = "from AwardProposalItem i join i.proposal p join p.term t join t.bloc b"
            + " where p.status = vn.thidua.award.AwardProposalStatus.DECIDED and i.outcome in (vn.thidua.award.AwardOutcome.APPROVED,"
            + " vn.thidua.award.AwardOutcome.DOWNGRADED)";

    @Inject
    EntityManager em;

    @Inject
    ProvinceScope scope;

    @Inject
    UnitRepository units;

    @Inject
    UnitSuccessionRepository successions;

    @Inject
    Provinces provinces;

    /** The unit's decided awards and its predecessors', newest year first. */
    @ReadOnly
    public Page<AwardData> ofUnit(long unitId, PageRequest page) {
        Unit unit = Optional.ofNullable(em.find(Unit.class, unitId)).filter(u -> scope.sees(u.provinceId))
                .orElseThrow(RestrictionService::unitNotFound);
        Set<Long> lineage = successions.liveGraph().withAncestors(unit.id);
        InList units = InList.of("units", lineage);
        List<AwardProposalItem> items = units.bind(em.createQuery("select i " + DECIDED + " and " + units.in("i.unit.id")
                + " order by t.year desc, i.id", AwardProposalItem.class)).getResultList();
        int from = Math.min(items.size(), page.page() * page.size());
        return new Page<>(data(items.subList(from, Math.min(items.size(), from + page.size())), unitId), page.page(), page.size(),
                items.size());
    }

    /** Decided awards for everyone, filtered by province, bloc and year; newest year first. */
    @ReadOnly
    public Page<AwardData> published(Long provinceId, Long blocId, Integer year, PageRequest page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (provinceId != null) {
            where.append(" and b.provinceId = :province");
            params.put("province", provinceId);
        }
        if (blocId != null) {
            where.append(" and b.id = :bloc");
            params.put("bloc", blocId);
        }
        if (year != null) {
            where.append(" and t.year = :year");
            params.put("year", year);
        }
        TypedQuery<AwardProposalItem> rows = em.createQuery("select i " + DECIDED + where + " order by t.year desc, b.id, i.award, i.id",
                AwardProposalItem.class);
        TypedQuery<Long> count = em.createQuery("select count(i) " + DECIDED + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AwardProposalItem> items = rows.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
        long total = items.size() < page.size() && (!items.isEmpty() || page.page() == 0) ? (long) page.page() * page.size() + items.size()
                : count.getSingleResult();
        return new Page<>(data(items, null), page.page(), page.size(), total);
    }

    private List<AwardData> data(List<AwardProposalItem> items, Long askedUnit) {
        if (items.isEmpty()) {
            return List.of();
        }
        // the dossiers, terms and blocs of the page in one query; the units' names in another
        InList proposals = InList.of("proposals", items.stream().map(i -> i.proposal).distinct().toList());
        proposals.bind(em.createQuery("select p from AwardProposal p join fetch p.term t join fetch t.bloc where " + proposals.in("p"),
                AwardProposal.class)).getResultList();
        units.fetchNames(items.stream().map(i -> i.unit).distinct().toList());
        List<AwardData> result = new ArrayList<>();
        for (AwardProposalItem i : items) {
            var term = i.proposal.term;
            result.add(new AwardData(term.year, UnitRef.of(i.unit, term.lastDay()), i.decidedAward, i.decidedAward.label().vi(),
                    i.outcome == AwardOutcome.DOWNGRADED, term.bloc.name, term.bloc.id, provinces.ref(term.bloc.provinceId, null).code(),
                    i.proposal.decision.toData(), i.proposal.id, askedUnit != null && !askedUnit.equals(i.unit.id) ? askedUnit : null));
        }
        return result;
    }
}
