package vn.thidua.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemRelated;
import vn.thidua.common.error.Text;

/**
 * A mid-year merger and the bloc roles of the units it ends: refused while they lead open terms, unless
 * the caller asks to hand the roles to the successor (transferRoles), which is recorded to be undone
 * by a withdrawal.
 */
@ApplicationScoped
public class SuccessionTransfers implements PanacheRepository<UnitSuccessionTransfer> {

    @Inject
    UnitRoles roles;

    /** The roles the ending units hold in open terms of the effective year; 409 unless they are to be handed over. */
    List<UnitRoles.HeldRole> check(Collection<Unit> ending, int successors, LocalDate effective,
            boolean transfer) {
        Map<Long, Unit> byId = ending.stream().collect(Collectors.toMap(u -> u.id, u -> u, (a, b) -> a, LinkedHashMap::new));
        List<UnitRoles.HeldRole> held = roles.leadingRoles(byId.keySet(), effective.getYear(), effective);
        if (held.isEmpty()) {
            return held;
        }
        if (!transfer) {
            List<Text> labels = held.stream().map(h -> label(h, byId.get(h.unitId()))).toList();
            String vi = labels.stream().map(Text::vi).collect(Collectors.joining("; "));
            String en = labels.stream().map(Text::en).collect(Collectors.joining("; "));
            throw DomainException.conflict("SUCCESSION_UNIT_LEADS_TERMS", Text.of(
                    "Đơn vị bị sáp nhập, chia tách hoặc giải thể đang giữ vai trò trong khối: {0}. Hãy đổi vai trò trước, hoặc chuyển vai trò cho đơn vị kế thừa (transferRoles).",
                    "A unit that ends still holds bloc roles: {0}. Reassign them first, or hand them to the successor (transferRoles).")
                    .with(Text.of(vi, en)))
                    .withRelated(held.stream().map(h -> related(h, byId.get(h.unitId()), labels.get(held.indexOf(h)))).toList());
        }
        if (successors != 1) {
            throw DomainException.rule("SUCCESSION_ROLES_NEED_ONE_SUCCESSOR", Text.of(
                    "Chỉ chuyển được vai trò trong khối khi có đúng một đơn vị kế thừa.",
                    "Bloc roles can be handed over only to a single successor."), "transferRoles");
        }
        return held;
    }

    void handOver(UnitSuccession succession, List<UnitRoles.HeldRole> held, String reason) {
        Unit successor = succession.successors.iterator().next();
        for (UnitRoles.HeldRole role : held) {
            UnitRoles.Handover done = roles.handOver(role, successor, succession.effectiveDate, reason);
            UnitSuccessionTransfer row = new UnitSuccessionTransfer();
            row.successionId = succession.id;
            row.termId = done.termId();
            row.fromMembershipId = done.fromMembershipId();
            row.toMembershipId = done.toMembershipId();
            row.toPreviousRole = done.toPreviousRole();
            persist(row);
        }
    }

    boolean any(Long successionId) {
        return count("successionId", successionId) > 0;
    }

    /** Hands the roles back, newest first; the rows go (the audit keeps what happened). */
    void undo(UnitSuccession succession, String reason) {
        List<UnitSuccessionTransfer> rows = list("successionId = ?1 order by id desc", succession.id);
        for (UnitSuccessionTransfer row : rows) {
            roles.takeBack(new UnitRoles.Handover(row.termId, row.fromMembershipId, row.toMembershipId, row.toPreviousRole),
                    succession.effectiveDate, reason);
            delete(row);
        }
    }

    private static Text label(UnitRoles.HeldRole h, Unit unit) {
        return Text.of("{0} năm {1} ({2}: {3})", "{0} {1} ({2}: {3})").with(h.blocName(), h.year(), h.roleLabel(), unit);
    }

    private static ProblemRelated.Pending related(UnitRoles.HeldRole h, Unit unit, Text label) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("blocName", h.blocName());
        attributes.put("year", h.year());
        attributes.put("role", h.role());
        attributes.put("unitId", unit.id);
        attributes.put("unitName", unit.name);
        attributes.put("membershipId", h.membershipId());
        return new ProblemRelated.Pending("term", h.termId(), label, attributes);
    }
}
