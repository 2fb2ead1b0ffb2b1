package vn.thidua.unit;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Snapshot;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.lineage.SuccessionKind;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.Versioned;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.persistence.ReadOnly;

/** Records renames, mergers, splits and dissolutions, ending the predecessors that do not continue. */
@ApplicationScoped
public class SuccessionService {

    static final String ENTITY = "UnitSuccession";

    @Inject
    UnitRepository units;

    @Inject
    UnitSuccessionRepository successions;

    @Inject
    UnitSuccessionLinkRepository links;

    @Inject
    UnitService unitService;

    @Inject
    SuccessionTransfers transfers;

    @Inject
    UnitMemberships memberships;

    @Inject
    ProvinceScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @ReadOnly
    public Page<SuccessionData> list(Long unitId, PageRequest page) {
        return Page.of(successions.involving(unitId, scope.listScope().orElse(null),
                Sort.descending("s.effectiveDate").and("s.id")), page, successions::prefetch, SuccessionData::of);
    }

    @ReadOnly
    public Versioned<SuccessionData> get(Long id) {
        UnitSuccession succession = find(id);
        successions.prefetch(List.of(succession));
        return etags.versioned(SuccessionData.of(succession));
    }

    /** The succession when the caller sees every unit it names; otherwise as missing as an unknown id. */
    UnitSuccession find(Long id) {
        return successions.findByIdOptional(id).filter(this::visible)
                .orElseThrow(() -> DomainException.notFound("SUCCESSION_NOT_FOUND", Text.of("lần sắp xếp đơn vị", "succession")));
    }

    /**
     * Records a succession and its effects in one transaction. The link rows go to the database first,
     * so that of two identical requests racing, the second stops at the unique key (409
     * SUCCESSION_ALREADY_RECORDED) before touching any unit.
     */
    @Transactional
    public Versioned<SuccessionData> create(SuccessionInput input) {
        scope.requireWriter();
        units.lockForUpdate(new java.util.TreeSet<>(input.predecessorIds()));
        Set<Unit> predecessors = load(input.predecessorIds(), "predecessorIds");
        Set<Unit> successors = load(input.successorIdsOrEmpty(), "successorIds");
        SuccessionRules.checkNewSuccessor(input);
        SuccessionRules.check(input, predecessors, input.newSuccessor() == null ? successors : Set.of(input.newSuccessor()));
        LocalDate effective = input.effectiveDate();
        for (Unit unit : predecessors) {
            if (successions.existsFor(unit.id, input.kind(), effective)) {
                throw alreadyRecorded(input.kind(), unit, effective);
            }
        }
        for (Unit unit : predecessors) {
            if (!unit.isActiveOn(effective.minusDays(1))) {
                throw DomainException.rule("SUCCESSION_PREDECESSOR_INACTIVE", Text.of(
                        "{0} không hoạt động trước ngày hiệu lực {1}.", "{0} is not active before {1}.")
                        .with(unit, effective), "predecessorIds");
            }
        }
        for (Unit unit : successors) {
            if (!unit.isActiveOn(effective)) {
                throw DomainException.rule("SUCCESSION_SUCCESSOR_INACTIVE", Text.of(
                        "{0} chưa hoạt động vào ngày hiệu lực {1}.", "{0} is not active on {1}.")
                        .with(unit, effective), "successorIds");
            }
        }
        Set<Unit> ending = new LinkedHashSet<>();
        for (Unit unit : predecessors) {
            if (input.kind() != SuccessionKind.RENAME && !successors.contains(unit)) {
                links.endingOf(unit.id).ifPresent(link -> {
                    throw endedAlready(unit);
                });
                ending.add(unit);
            }
        }
        List<UnitRoles.HeldRole> held = transfers.check(ending, input.newSuccessor() != null ? 1 : successors.size(),
                effective, Boolean.TRUE.equals(input.transferRoles()));
        if (input.newSuccessor() != null) {
            NewUnitInput founded = input.newSuccessor();
            successors.add(unitService.found(founded.provinceId(), founded.code(), founded.name(), founded.shortName(),
                    founded.kind(), effective, null, "newSuccessor.provinceId"));
        }

        UnitSuccession succession = new UnitSuccession();
        succession.kind = input.kind();
        succession.effectiveDate = effective;
        succession.decision = DecisionRef.from(input.decision());
        succession.newName = UnitService.trimToNull(input.newName());
        succession.newShortName = UnitService.trimToNull(input.newShortName());
        succession.predecessors.addAll(predecessors);
        succession.successors.addAll(successors);
        Unit first = predecessors.iterator().next();
        UniqueKeys.guard(links.getEntityManager(), () -> {
            successions.persist(succession);
            for (Unit unit : predecessors) {
                UnitSuccessionLink link = new UnitSuccessionLink();
                link.successionId = succession.id;
                link.unitId = unit.id;
                link.kind = succession.kind;
                link.effectiveDate = effective;
                link.ends = ending.contains(unit);
                link.previousActiveTo = unit.activeTo;
                links.persist(link);
            }
        }, Map.of(UnitSuccessionLink.ONCE, () -> alreadyRecorded(input.kind(), first, effective),
                UnitSuccessionLink.ENDS_ONCE, () -> endedAlready(first)));

        String reason = input.kind() + " " + succession.decision;
        if (input.kind() == SuccessionKind.RENAME) {
            rename(first, succession, reason);
        }
        for (Unit unit : ending) {
            end(unit, effective.minusDays(1), reason);
        }
        if (!held.isEmpty()) {
            Unit successor = successors.iterator().next();
            transfers.handOver(succession, held, Text.of("{0} vào {1} theo văn bản {2}", "{0} into {1} by {2}")
                    .with(input.kind(), successor.name, succession.decision.number).vi());
        }
        audit.created(succession, Snapshot.of().put("kind", succession.kind)
                .put("effectiveDate", effective).put("decision", succession.decision)
                .put("predecessors", ids(predecessors)).put("successors", ids(successors))
                .put("newName", succession.newName).map());
        return etags.versioned(SuccessionData.of(succession));
    }

    private static DomainException alreadyRecorded(SuccessionKind kind, Unit unit, LocalDate effective) {
        return DomainException.conflict("SUCCESSION_ALREADY_RECORDED", Text.of(
                "Đã ghi nhận việc {0} của {1} ngày {2}.", "The {0} of {1} on {2} is already recorded.")
                .with(lower(kind.label()), unit, effective));
    }

    private static DomainException endedAlready(Unit unit) {
        return DomainException.conflict("SUCCESSION_UNIT_ALREADY_ENDED", Text.of(
                "Đã ghi nhận việc {0} chấm dứt hoạt động (sáp nhập, chia tách hoặc giải thể); hãy sửa hoặc thu hồi lần sắp xếp đó.",
                "{0} is already recorded as ended (merged, split or dissolved); correct or withdraw that succession.")
                .with(unit));
    }

    private void rename(Unit unit, UnitSuccession succession, String reason) {
        if (!succession.effectiveDate.isAfter(unit.latestName().validFrom)) {
            throw DomainException.rule("SUCCESSION_RENAME_TOO_EARLY", Text.of(
                    "Ngày đổi tên phải sau lần đặt tên gần nhất của {0} ({1}).",
                    "A rename of {0} must follow its latest name ({1}).").with(unit, unit.latestName().validFrom),
                    "effectiveDate");
        }
        var before = unit.snapshot().map();
        unit.addName(succession.newName, succession.newShortName, succession.effectiveDate);
        units.flush();
        audit.updated(unit, before, unit.snapshot().map(), reason);
    }

    private void end(Unit unit, LocalDate lastDay, String reason) {
        if (memberships.anyJoinedOutside(unit.id, unit.activeFrom, lastDay)) {
            throw DomainException.rule("SUCCESSION_UNIT_HAS_LATER_MEMBERSHIPS", Text.of(
                    "{0} còn là thành viên khối sau ngày hiệu lực; hãy kết thúc các tư cách thành viên đó trước.",
                    "{0} has memberships after the effective date; end them first.").with(unit), "predecessorIds");
        }
        var before = unit.snapshot().map();
        unit.activeTo = lastDay;
        units.flush();
        audit.updated(unit, before, unit.snapshot().map(), reason);
    }

    private Set<Unit> load(List<Long> ids, String field) {
        Set<Unit> result = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String at = field + "[" + i + "]";
            Unit unit = units.findByIdOptional(ids.get(i)).filter(found -> scope.sees(found.provinceId))
                    .orElseThrow(() -> DomainException.rule("SUCCESSION_UNIT_UNKNOWN",
                            Text.of("Đơn vị đã chọn không tồn tại.", "The chosen unit does not exist."), at));
            if (!result.add(unit)) {
                throw DomainException.invalid("SUCCESSION_UNIT_REPEATED", at,
                        Text.of("{0} được chọn hai lần.", "{0} is listed twice.").with(unit));
            }
        }
        return result;
    }

    /** Only when the caller sees every unit it names. */
    private boolean visible(UnitSuccession succession) {
        return succession.predecessors.stream().allMatch(u -> scope.sees(u.provinceId))
                && succession.successors.stream().allMatch(u -> scope.sees(u.provinceId));
    }

    static Text lower(Text text) {
        return Text.of(text.vi().toLowerCase(java.util.Locale.ROOT), text.en().toLowerCase(java.util.Locale.ROOT));
    }

    static String ids(Set<Unit> set) {
        return set.stream().map(u -> u.id.toString()).toList().toString();
    }
}
