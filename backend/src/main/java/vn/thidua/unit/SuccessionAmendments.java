package vn.thidua.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.audit.Snapshot;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.lineage.SuccessionKind;
import vn.thidua.common.lineage.SuccessionShape;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;

/**
 * Corrections and withdrawals of recorded successions, by an admin with a reason (audited with it).
 * A correction moves the effects with the date; a withdrawal undoes them and keeps the record
 * (WITHDRAWN). Either is refused (409) when a later succession of a unit it changed builds on it.
 */
@ApplicationScoped
public class SuccessionAmendments {

    @Inject
    SuccessionService service;

    @Inject
    UnitSuccessionRepository successions;

    @Inject
    UnitSuccessionLinkRepository links;

    @Inject
    UnitRepository units;

    @Inject
    UnitMemberships memberships;

    @Inject
    SuccessionTransfers transfers;

    @Inject
    ProvinceScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    Clock clock;

    @Transactional
    public Versioned<SuccessionData> correct(Long id, IfMatch ifMatch, SuccessionCorrection input) {
        UnitSuccession s = findForWrite(id, ifMatch);
        String reason = input.reason().trim();
        if (s.kind == SuccessionKind.RENAME) {
            SuccessionShape.require(input.newName() != null && !input.newName().isBlank(), "SUCCESSION_RENAME_NEEDS_NAME",
                    "newName", "Cần tên mới", "newName is required for a rename");
        } else {
            SuccessionShape.require(input.newName() == null, "SUCCESSION_NEW_NAME_FOR_RENAME_ONLY", "newName",
                    "Chỉ đổi tên mới có tên mới", "newName is for renames only");
        }
        Map<String, Object> before = snapshot(s);
        LocalDate old = s.effectiveDate;
        LocalDate now = input.effectiveDate();
        List<UnitSuccessionLink> own = links.ofSuccession(s.id);
        if (!now.equals(old)) {
            if (transfers.any(s.id)) {
                throw DomainException.conflict("SUCCESSION_ROLES_TRANSFERRED", Text.of(
                        "Lần sắp xếp này đã chuyển vai trò trong khối cho đơn vị kế thừa; không sửa được ngày hiệu lực, hãy thu hồi rồi ghi nhận lại.",
                        "This succession handed bloc roles to its successor; its date cannot change: withdraw it and record it again."));
            }
            requireNothingLater(s, changedUnits(s, own, true), old.isBefore(now) ? old : now);
            move(s, own, old, now, reason);
        }
        if (s.kind == SuccessionKind.RENAME) {
            Unit unit = s.predecessors.iterator().next();
            var unitBefore = unit.snapshot().map();
            nameFrom(unit, now).orElseThrow(() -> changed(unit))
                    .rename(input.newName().trim(), UnitService.trimToNull(input.newShortName()));
            unit.syncName();
            units.flush();
            audit.record(AuditOperation.CORRECTION, unit, unitBefore, unit.snapshot().map(), reason);
        }
        s.effectiveDate = now;
        s.decision = DecisionRef.from(input.decision());
        s.newName = UnitService.trimToNull(input.newName());
        s.newShortName = UnitService.trimToNull(input.newShortName());
        Unit first = s.predecessors.iterator().next();
        UniqueKeys.guard(links.getEntityManager(), () -> own.forEach(link -> link.effectiveDate = now),
                Map.of(UnitSuccessionLink.ONCE, () -> DomainException.conflict("SUCCESSION_ALREADY_RECORDED", Text.of(
                        "Đã ghi nhận việc {0} của {1} ngày {2}.", "The {0} of {1} on {2} is already recorded.")
                        .with(SuccessionService.lower(s.kind.label()), first, now))));
        audit.record(AuditOperation.CORRECTION, s, before, snapshot(s), reason);
        successions.prefetch(List.of(s));
        return etags.versioned(SuccessionData.of(s));
    }

    @Transactional
    public Versioned<SuccessionData> withdraw(Long id, IfMatch ifMatch, SuccessionWithdrawal input) {
        UnitSuccession s = findForWrite(id, ifMatch);
        String reason = input.reason().trim();
        List<UnitSuccessionLink> own = links.ofSuccession(s.id);
        requireNothingLater(s, changedUnits(s, own, false), s.effectiveDate);
        transfers.undo(s, reason);
        for (UnitSuccessionLink link : own) {
            if (link.ends) {
                Unit unit = units.findById(link.unitId);
                if (!s.lastDayBefore().equals(unit.activeTo)) {
                    throw changed(unit);
                }
                var before = unit.snapshot().map();
                unit.activeTo = link.previousActiveTo;
                units.flush();
                audit.updated(unit, before, unit.snapshot().map(), reason);
            }
        }
        if (s.kind == SuccessionKind.RENAME) {
            Unit unit = s.predecessors.iterator().next();
            UnitName name = nameFrom(unit, s.effectiveDate).filter(n -> unit.names.size() > 1)
                    .orElseThrow(() -> changed(unit));
            var before = unit.snapshot().map();
            unit.names.remove(name);
            unit.syncName();
            units.flush();
            audit.updated(unit, before, unit.snapshot().map(), reason);
        }
        own.forEach(links::delete);
        s.withdrawnAt = clock.instant();
        s.withdrawnReason = reason;
        successions.flush();
        audit.record(AuditOperation.TRANSITION, s, Map.of("status", SuccessionStatus.RECORDED),
                Snapshot.of().put("status", SuccessionStatus.WITHDRAWN).put("withdrawnReason", reason).map(), reason);
        successions.prefetch(List.of(s));
        return etags.versioned(SuccessionData.of(s));
    }

    private UnitSuccession findForWrite(Long id, IfMatch ifMatch) {
        scope.requireWriter();
        UnitSuccession s = service.find(id);
        Set<Long> involved = new TreeSet<>();
        s.predecessors.forEach(u -> involved.add(u.id));
        s.successors.forEach(u -> involved.add(u.id));
        units.lockForUpdate(involved);
        successions.prefetch(List.of(s));
        ifMatch.require(etags.of(SuccessionData.of(s)));
        if (s.isWithdrawn()) {
            throw DomainException.conflict("SUCCESSION_WITHDRAWN", Text.of(
                    "Lần sắp xếp này đã được thu hồi ({0}).", "This succession was withdrawn ({0}).").with(s.withdrawnReason));
        }
        return s;
    }

    /** Moves what the succession did from {@code old} to {@code now}: ends, the new name, a founded successor's start. */
    private void move(UnitSuccession s, List<UnitSuccessionLink> own, LocalDate old, LocalDate now, String reason) {
        LocalDate lastDay = now.minusDays(1);
        Set<Long> ending = own.stream().filter(l -> l.ends).map(l -> l.unitId).collect(Collectors.toSet());
        for (Unit unit : s.predecessors) {
            var before = unit.snapshot().map();
            if (ending.contains(unit.id)) {
                if (!old.minusDays(1).equals(unit.activeTo)) {
                    throw changed(unit);
                }
                unit.activeTo = lastDay;
            }
            if (!unit.isActiveOn(lastDay)) {
                throw DomainException.rule("SUCCESSION_PREDECESSOR_INACTIVE", Text.of(
                        "{0} không hoạt động trước ngày hiệu lực {1}.", "{0} is not active before {1}.").with(unit, now),
                        "effectiveDate");
            }
            if (ending.contains(unit.id)) {
                if (memberships.anyJoinedOutside(unit.id, unit.activeFrom, lastDay)) {
                    throw DomainException.rule("SUCCESSION_UNIT_HAS_LATER_MEMBERSHIPS", Text.of(
                            "{0} còn là thành viên khối sau ngày hiệu lực; hãy kết thúc các tư cách thành viên đó trước.",
                            "{0} has memberships after the effective date; end them first.").with(unit), "effectiveDate");
                }
                units.flush();
                audit.updated(unit, before, unit.snapshot().map(), reason);
            }
        }
        if (s.kind == SuccessionKind.RENAME) {
            Unit unit = s.predecessors.iterator().next();
            UnitName moved = nameFrom(unit, old).orElseThrow(() -> changed(unit));
            boolean inOrder = unit.names.stream().filter(n -> n != moved)
                    .allMatch(n -> n.validFrom.isBefore(old) ? n.validFrom.isBefore(now) : n.validFrom.isAfter(now));
            SuccessionShape.require(inOrder, "SUCCESSION_RENAME_OUT_OF_ORDER", "effectiveDate",
                    "Ngày đổi tên mới phải nằm giữa tên trước và tên sau của đơn vị",
                    "The corrected rename date must lie between the unit's previous and next names");
            var before = unit.snapshot().map();
            moved.validFrom = now;
            units.flush();
            audit.updated(unit, before, unit.snapshot().map(), reason);
        }
        for (Unit unit : s.successors) {
            if (founded(s, unit, old)) {
                if (memberships.anyJoinedOutside(unit.id, now, unit.activeTo)
                        || (unit.activeTo != null && now.isAfter(unit.activeTo))) {
                    throw DomainException.rule("SUCCESSION_SUCCESSOR_HAS_HISTORY", Text.of(
                            "{0} đã có hoạt động trước ngày hiệu lực mới {1}; hãy sửa đơn vị đó trước.",
                            "{0} has records before the corrected date {1}; correct that unit first.").with(unit, now),
                            "effectiveDate");
                }
                var before = unit.snapshot().map();
                unit.activeFrom = now;
                unit.firstName().validFrom = now;
                units.flush();
                audit.updated(unit, before, unit.snapshot().map(), reason);
            } else if (!unit.isActiveOn(now)) {
                throw DomainException.rule("SUCCESSION_SUCCESSOR_INACTIVE", Text.of(
                        "{0} chưa hoạt động vào ngày hiệu lực {1}.", "{0} is not active on {1}.").with(unit, now),
                        "effectiveDate");
            }
        }
    }

    /** A successor that began with the succession (e.g. founded by the merger) and moves with its date. */
    private static boolean founded(UnitSuccession s, Unit unit, LocalDate date) {
        return unit.activeFrom.equals(date) && !s.predecessors.contains(unit);
    }

    /** The units whose records the succession changed: those it ended or renamed (and, for a date change, founded). */
    private static Set<Long> changedUnits(UnitSuccession s, List<UnitSuccessionLink> own, boolean withFounded) {
        Set<Long> ids = new LinkedHashSet<>();
        own.stream().filter(l -> l.ends || l.kind == SuccessionKind.RENAME).forEach(l -> ids.add(l.unitId));
        if (withFounded) {
            s.successors.stream().filter(u -> founded(s, u, s.effectiveDate)).forEach(u -> ids.add(u.id));
        }
        return ids;
    }

    private void requireNothingLater(UnitSuccession s, Set<Long> changed, LocalDate from) {
        List<UnitSuccession> later = successions.liveInvolvingFrom(changed, from, s.id);
        if (!later.isEmpty()) {
            String vi = later.stream().map(l -> l.kind.label().vi() + " ngày " + Text.of("{0}", "{0}").with(l.effectiveDate).vi()
                    + " (" + l.decision.number + ")").collect(Collectors.joining("; "));
            String en = later.stream().map(l -> l.kind.label().en() + " on " + l.effectiveDate + " (" + l.decision.number + ")")
                    .collect(Collectors.joining("; "));
            throw DomainException.conflict("SUCCESSION_HAS_LATER_SUCCESSIONS", Text.of(
                    "Các lần sắp xếp sau dựa trên lần này: {0}. Hãy sửa hoặc thu hồi chúng trước.",
                    "Later successions build on this one: {0}. Correct or withdraw them first.").with(Text.of(vi, en)));
        }
    }

    private static Optional<UnitName> nameFrom(Unit unit, LocalDate date) {
        return unit.names.stream().filter(n -> n.validFrom.equals(date)).findFirst();
    }

    private static DomainException changed(Unit unit) {
        return DomainException.conflict("SUCCESSION_UNIT_CHANGED", Text.of(
                "{0} đã được sửa sau lần sắp xếp này nên không hoàn tác tự động được; hãy kiểm tra lại đơn vị.",
                "{0} was changed after this succession, so it cannot be undone automatically; check the unit.").with(unit));
    }

    private static Map<String, Object> snapshot(UnitSuccession s) {
        return Snapshot.of().put("kind", s.kind).put("effectiveDate", s.effectiveDate).put("decision", s.decision)
                .put("newName", s.newName).put("newShortName", s.newShortName).map();
    }
}
