package vn.thidua.me;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.access.CallerScope;
import vn.thidua.access.ProvinceScope;
import vn.thidua.membership.Membership;
import vn.thidua.membership.MembershipRepository;
import vn.thidua.province.ProvinceRef;
import vn.thidua.province.Provinces;
import vn.thidua.security.CurrentUser;
import vn.thidua.term.TermParty;
import vn.thidua.term.TermRoster;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;
import vn.thidua.common.persistence.ReadOnly;

/** The caller, their unit and its most recent terms. */
@ApplicationScoped
public class MeService {

    private static final int RECENT_TERMS = 10;

    @Inject
    CurrentUser user;

    @Inject
    ProvinceScope scope;

    @Inject
    UnitRepository units;

    @Inject
    Provinces provinces;

    @Inject
    MembershipRepository memberships;

    @Inject
    Clock clock;

    @ReadOnly
    public MeData me() {
        List<String> roles = user.roles().stream().sorted().toList();
        CallerScope caller = scope.caller();
        MeData.MyProvince province = null;
        if (caller.provinceId() != null) {
            ProvinceRef ref = provinces.ref(caller.provinceId(), null);
            province = new MeData.MyProvince(ref.id(), ref.code(), ref.name(), ref.displayName());
        }
        if (caller.unitId() == null) {
            return new MeData(user.username(), user.displayName(), roles, caller.isNational(), province, null,
                    List.of());
        }
        Unit unit = units.findById(caller.unitId());
        List<Membership> mine = memberships.ofUnitNewestFirst(unit.id, RECENT_TERMS);
        Map<Long, TermRoster.Summary> rosters = memberships.summarise(mine.stream().map(m -> m.term.id).toList());
        List<MeData.MyMembership> items = mine.stream().map(m -> {
            TermRoster.Summary roster = rosters.getOrDefault(m.term.id, TermRoster.Summary.EMPTY);
            return new MeData.MyMembership(m.id, m.term.id, m.term.year, m.term.bloc.id, m.term.bloc.name,
                    m.term.bloc.kind, m.role, m.term.status, roster.leader(), roster.deputy(),
                    TermParty.manages(caller, id(roster.leader()), id(roster.deputy())));
        }).toList();
        return new MeData(user.username(), user.displayName(), roles, caller.isNational(), province,
                UnitRef.of(unit, LocalDate.now(clock)), items);
    }

    private static Long id(UnitRef unit) {
        return unit == null ? null : unit.id();
    }
}
