package vn.thidua.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Text;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.province.ProvinceRef;
import vn.thidua.province.Provinces;
import vn.thidua.common.persistence.ReadOnly;

@ApplicationScoped
public class UnitService {

    static final String ENTITY = "Unit";
    private static final Map<String, String> SORTS = Map.of("name", "u.name", "code", "u.code", "activeFrom",
            "u.activeFrom", "kind", "u.kind");

    @Inject
    UnitRepository units;

    @Inject
    UnitSuccessionRepository successions;

    @Inject
    UnitMemberships memberships;

    @Inject
    Provinces provinces;

    @Inject
    ProvinceScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @ReadOnly
    public Page<UnitData> list(Long provinceId, String q, String code, UnitKind kind, LocalDate activeOn,
            PageRequest page) {
        Sort sort = page.sort(SORTS, Sort.ascending("u.name").and("u.id"));
        return Page.of(units.search(scope.listScope().orElse(null), provinceId, q, code, kind, activeOn, sort), page, this::toData);
    }

    @ReadOnly
    public Versioned<UnitDetail> get(Long id, LocalDate asOf) {
        Unit unit = find(id);
        if (asOf != null && asOf.isBefore(unit.activeFrom)) {
            throw new DomainException(ProblemKind.NOT_FOUND, "UNIT_NOT_YET_ACTIVE", Text.of(
                    "{0} chưa thành lập vào ngày {1} (hoạt động từ {2}).",
                    "{0} did not exist on {1} (active from {2}).").with(unit, asOf, unit.activeFrom));
        }
        return etags.versioned(detail(unit, asOf));
    }

    /** The single read's representation; its hash is the unit's ETag (asOf null: the newest name). */
    private UnitDetail detail(Unit unit, LocalDate asOf) {
        List<UnitSuccession> recorded = successions.involving(unit.id, scope.listScope().orElse(null),
                Sort.ascending("s.effectiveDate").and("s.id")).rows().list();
        successions.prefetch(recorded);
        return detail(unit, asOf, recorded.stream().map(SuccessionData::of).toList());
    }

    /** As {@link #detail(Unit, LocalDate)} with the unit's successions known (none for a unit just created). */
    private UnitDetail detail(Unit unit, LocalDate asOf, List<SuccessionData> history) {
        UnitName shown = asOf == null ? unit.latestName() : unit.nameOn(asOf);
        List<UnitName> sorted = unit.sortedNames();
        List<UnitDetail.NameData> names = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UnitName n = sorted.get(i);
            LocalDate validTo = i + 1 < sorted.size() ? sorted.get(i + 1).validFrom.minusDays(1) : unit.activeTo;
            names.add(new UnitDetail.NameData(n.name, n.shortName, n.validFrom, validTo));
        }
        ProvinceRef province = provinces.ref(unit.provinceId, asOf);
        return new UnitDetail(unit.id, unit.code, shown.name, shown.shortName, unit.kind, unit.activeFrom,
                unit.activeTo, asOf, province.id(), province.code(), province.name(), names, history, unit.version);
    }

    @Transactional
    public Versioned<UnitData> create(UnitInput input) {
        requireValidPeriod(input.activeFrom(), input.activeTo());
        Unit unit = found(input.provinceId(), input.code(), input.name(), input.shortName(), input.kind(),
                input.activeFrom(), input.activeTo(), "provinceId");
        return etags.versioned(toData(unit), detail(unit, null, List.of()));
    }

    /** Creates and audits a unit in the caller's transaction (a merger founds its successor this way too). */
    Unit found(Long requestedProvince, String code, String name, String shortName, UnitKind kind, LocalDate activeFrom,
            LocalDate activeTo, String provinceField) {
        Long provinceId = scope.provinceForNew(requestedProvince, provinceField);
        requireFreeCode(provinceId, code, null);
        Unit unit = new Unit();
        unit.provinceId = provinceId;
        unit.code = code;
        unit.kind = kind;
        unit.activeFrom = activeFrom;
        unit.activeTo = activeTo;
        unit.addName(name.trim(), trimToNull(shortName), activeFrom);
        units.persistAndFlush(unit);
        audit.created(unit, unit.snapshot().map());
        return unit;
    }

    /** Corrects a unit's data; a changed name corrects the newest name (a rename is a succession). */
    @Transactional
    public Versioned<UnitData> update(Long id, IfMatch ifMatch, UnitInput input) {
        Unit unit = findForWrite(id);
        ifMatch.require(etags.of(detail(unit, null)));
        requireValidPeriod(input.activeFrom(), input.activeTo());
        requireSameProvince(unit.provinceId, input.provinceId());
        requireFreeCode(unit.provinceId, input.code(), id);
        if (memberships.anyJoinedOutside(id, input.activeFrom(), input.activeTo())) {
            throw DomainException.rule("UNIT_MEMBERSHIPS_OUTSIDE_PERIOD", Text.of(
                    "{0} có tư cách thành viên khối ngoài khoảng thời gian hoạt động mới.",
                    "{0} has memberships outside the new active period.").with(unit), "activeTo");
        }
        List<UnitName> sorted = unit.sortedNames();
        if (sorted.size() > 1 && !input.activeFrom().isBefore(sorted.get(1).validFrom)) {
            throw DomainException.rule("UNIT_ACTIVE_FROM_AFTER_RENAME", Text.of(
                    "Ngày bắt đầu hoạt động phải trước lần đổi tên đầu tiên ({0}).",
                    "activeFrom must precede the first rename ({0}).").with(sorted.get(1).validFrom), "activeFrom");
        }
        var before = unit.snapshot().map();
        unit.code = input.code();
        unit.kind = input.kind();
        unit.activeFrom = input.activeFrom();
        unit.activeTo = input.activeTo();
        unit.firstName().validFrom = input.activeFrom();
        unit.latestName().rename(input.name().trim(), trimToNull(input.shortName()));
        unit.name = unit.latestName().name;
        unit.shortName = unit.latestName().shortName;
        units.flush();
        audit.updated(unit, before, unit.snapshot().map(), null);
        return etags.versioned(toData(unit), detail(unit, null));
    }

    @Transactional
    public void delete(Long id, IfMatch ifMatch) {
        Unit unit = findForWrite(id);
        ifMatch.require(etags.of(detail(unit, null)));
        if (memberships.countOf(id) > 0 || successions.involves(id)) {
            throw DomainException.conflict("UNIT_HAS_HISTORY", Text.of(
                    "{0} đã có lịch sử (thành viên khối hoặc sắp xếp); không thể xóa, hãy kết thúc hoạt động.",
                    "{0} has history (memberships or successions); end it instead of deleting.").with(unit));
        }
        var before = unit.snapshot().map();
        units.delete(unit);
        units.flush();
        audit.deleted(unit, before, null);
    }

    /** The unit when the caller sees its province; another province's unit is as missing as an unknown id. */
    Unit find(Long id) {
        return units.findByIdOptional(id).filter(unit -> scope.sees(unit.provinceId))
                .orElseThrow(() -> DomainException.notFound("UNIT_NOT_FOUND", Text.of("đơn vị", "unit")));
    }

    private Unit findForWrite(Long id) {
        scope.requireWriter();
        return find(id);
    }

    private UnitData toData(Unit unit) {
        return UnitData.of(unit, provinces.ref(unit.provinceId, null));
    }

    static void requireSameProvince(Long current, Long requested) {
        if (requested != null && !requested.equals(current)) {
            throw DomainException.rule("UNIT_PROVINCE_FIXED", Text.of("Không chuyển được đơn vị sang tỉnh, thành phố khác.",
                    "A unit cannot move to another province."), "provinceId");
        }
    }

    private void requireFreeCode(Long provinceId, String code, Long self) {
        units.findByCode(provinceId, code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            String province = provinces.ref(provinceId, null).displayName();
            throw DomainException.conflict("UNIT_CODE_TAKEN", Text.of("Mã định danh {0} đã được dùng cho {1} ở {2}.",
                    "Code {0} is already used by {1} in {2}.").with(code, other.name, province));
        });
    }

    private static void requireValidPeriod(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw DomainException.invalid("UNIT_PERIOD_INVALID", "activeTo", Text.of(
                    "Ngày kết thúc ({0}) không được trước ngày bắt đầu ({1})",
                    "activeTo ({0}) must not be before activeFrom ({1})").with(to, from));
        }
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
