package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import vn.thidua.access.CallerScope;
import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.province.Provinces;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * Restrictions on units (kỷ luật, điều tra, thanh tra, khiếu nại), recorded by the Board of the unit's province.
 * Their details (the document, the dates, the resolution, the note) are personnel and inspection matters: only
 * the Board, the Ministry and the unit's own officers read them. Everyone else who sees the unit gets 403 on its
 * list and 404 on a restriction's id; what they learn is only the refusal when the unit is put forward for an
 * award (the term's managers: "đang bị thanh tra theo văn bản số …", needed to act on it), never the note.
 */
@ApplicationScoped
@Traced
public class RestrictionService {

    private static final Map<String, String> SORTS = Map.of("fromDate", "fromDate", "kind", "kind");

    @Inject
    EntityManager em;

    @Inject
    ProvinceScope scope;

    @Inject
    UnitRepository units;

    @Inject
    Provinces provinces;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    Clock clock;

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public Page<RestrictionData> list(long unitId, PageRequest page) {
        Unit unit = unit(unitId);
        if (!readsDetails(unit)) {
            throw DomainException.forbidden("AWARD_RESTRICTIONS_CONFIDENTIAL", Text.of(
                    "Thông tin kỷ luật, thanh tra, điều tra, khiếu nại của đơn vị chỉ Ban Thi đua - Khen thưởng, Bộ Nội vụ và chính đơn vị được xem.",
                    "A unit's discipline, inspection, investigation and complaint records are read by the Board, the Ministry and the unit only."));
        }
        units.fetchNames(List.of(unit));
        Sort sort = page.sort(SORTS, Sort.descending("fromDate")).and("id", Sort.Direction.Descending);
        List<UnitRestriction> all = em.createQuery("select r from UnitRestriction r where r.unit = :unit order by "
                + orderBy(sort), UnitRestriction.class).setParameter("unit", unit).getResultList();
        int from = Math.min(all.size(), page.page() * page.size());
        List<RestrictionData> items = all.subList(from, Math.min(all.size(), from + page.size())).stream().map(this::data).toList();
        return new Page<>(items, page.page(), page.size(), all.size());
    }

    @ReadOnly
    public Versioned<RestrictionData> get(long id) {
        return versioned(load(id));
    }

    // ── writes ──────────────────────────────────────────────────────────────────────────────

    @Transactional
    public Versioned<RestrictionData> create(long unitId, RestrictionInput input) {
        scope.requireWriter();
        Unit unit = unit(unitId);
        scope.requireWrites(unit.provinceId, RestrictionService::unitNotFound);
        UnitRestriction r = new UnitRestriction();
        r.unit = unit;
        apply(r, input);
        em.persist(r);
        em.flush();
        audit.created(r, r.snapshot().map());
        return versioned(r);
    }

    @Transactional
    public Versioned<RestrictionData> update(long id, IfMatch ifMatch, RestrictionInput input) {
        UnitRestriction r = loadForWrite(id, ifMatch);
        var before = r.snapshot().map();
        apply(r, input);
        em.flush();
        audit.updated(r, before, r.snapshot().map(), null);
        return versioned(r);
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        UnitRestriction r = loadForWrite(id, ifMatch);
        var before = r.snapshot().map();
        em.remove(r);
        em.flush();
        audit.deleted(r, before, null);
    }

    private UnitRestriction loadForWrite(long id, IfMatch ifMatch) {
        scope.requireWriter();
        UnitRestriction r = load(id);
        scope.requireWrites(r.unit.provinceId, RestrictionService::notFound);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.require(etags.of(data(r).shared()));
        return r;
    }

    private static void apply(UnitRestriction r, RestrictionInput input) {
        if (input.toDate() != null && input.toDate().isBefore(input.fromDate())) {
            throw DomainException.rule("AWARD_RESTRICTION_DATES", Text.of(
                    "Ngày kết thúc ({0}) không được trước ngày bắt đầu ({1}).",
                    "The end date ({0}) may not be before the start ({1}).").with(input.toDate(), input.fromDate()), "toDate");
        }
        r.kind = input.kind();
        r.decision = DecisionRef.from(input.decision());
        r.fromDate = input.fromDate();
        r.toDate = input.toDate();
        r.resolution = blankToNull(input.resolution());
        r.note = blankToNull(input.note());
    }

    // ── access ──────────────────────────────────────────────────────────────────────────────

    /** The Board of the unit's province, the Ministry, or the unit's own officer. */
    private boolean readsDetails(Unit unit) {
        CallerScope caller = scope.caller();
        return caller.isNational() || caller.writes() || Objects.equals(caller.unitId(), unit.id);
    }

    private UnitRestriction load(long id) {
        return Optional.ofNullable(em.find(UnitRestriction.class, id))
                .filter(r -> scope.sees(r.unit.provinceId) && readsDetails(r.unit)).orElseThrow(RestrictionService::notFound);
    }

    private Unit unit(long unitId) {
        return Optional.ofNullable(em.find(Unit.class, unitId)).filter(u -> scope.sees(u.provinceId))
                .orElseThrow(RestrictionService::unitNotFound);
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    private Versioned<RestrictionData> versioned(UnitRestriction r) {
        RestrictionData data = data(r);
        return etags.versioned(data, data.shared());
    }

    private RestrictionData data(UnitRestriction r) {
        LocalDate today = LocalDate.now(clock);
        boolean writes = scope.caller().writes();
        return new RestrictionData(r.id, UnitRef.of(r.unit, r.fromDate), provinces.ref(r.unit.provinceId, null).code(), r.kind,
                r.kind.label().vi(), r.decision.toData(), r.fromDate, r.toDate, r.resolution, r.note, r.activeOn(today), r.version,
                Permissions.builder().allow("UPDATE", writes).allow("DELETE", writes).list());
    }

    private static String orderBy(Sort sort) {
        return String.join(", ", sort.getColumns().stream()
                .map(c -> "r." + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : "")).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static DomainException notFound() {
        return DomainException.notFound("AWARD_RESTRICTION_NOT_FOUND", Text.of("thông tin kỷ luật, thanh tra, khiếu nại", "restriction"));
    }

    static DomainException unitNotFound() {
        return DomainException.notFound("UNIT_NOT_FOUND", Text.of("đơn vị", "unit"));
    }
}
