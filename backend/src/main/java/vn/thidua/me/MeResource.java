package vn.thidua.me;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.membership.Membership;
import vn.thidua.membership.MembershipRepository;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Roles;
import vn.thidua.term.TermPolicy;
import vn.thidua.term.TermRoster;
import vn.thidua.unit.UnitRef;

@Path("/api/v1/me")
@Tag(name = "me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final int RECENT_TERMS = 10;

    @Inject
    CurrentUser user;

    @Inject
    MembershipRepository memberships;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL })
    @Transactional
    @Operation(operationId = "getCurrentUser", summary = "Tôi và đơn vị của tôi / the caller and their unit")
    public MeData get() {
        List<String> roles = user.roles().stream().sorted().toList();
        if (!user.isOfficer()) {
            return new MeData(user.username(), user.displayName(), roles, null, List.of());
        }
        var unit = user.unit();
        List<Membership> mine = memberships.ofUnitNewestFirst(unit.id, RECENT_TERMS);
        Map<Long, TermRoster.Summary> rosters = memberships.summarise(mine.stream().map(m -> m.term.id).toList());
        List<MeData.MyMembership> items = mine.stream().map(m -> {
            TermRoster.Summary roster = rosters.getOrDefault(m.term.id, TermRoster.Summary.EMPTY);
            return new MeData.MyMembership(m.id, m.term.id, m.term.year, m.term.bloc.id, m.term.bloc.name,
                    m.term.bloc.kind, m.role, m.term.status, roster.leader(), roster.deputy(),
                    TermPolicy.canManage(user, roster));
        }).toList();
        return new MeData(user.username(), user.displayName(), roles, UnitRef.of(unit, LocalDate.now(clock)), items);
    }
}
