package vn.thidua.leadership;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.bloc.Bloc;
import vn.thidua.bloc.BlocService;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.lineage.LineageGraph;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.term.LeaderSelection;
import vn.thidua.term.Term;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermParty;
import vn.thidua.term.TermRoster;
import vn.thidua.term.TermService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * Rotation (luân phiên): the bloc's order of units, kept by the Board (If-Match, audited), and the proposal
 * it gives for the year after an outgoing term — the next unit after the outgoing leader that is still a
 * member next year (a merged unit followed to its live successor), and the deputy likewise after it unless
 * the leader chooses one. The outgoing term's managers record the proposal as its PROPOSED result.
 */
@ApplicationScoped
@Traced
public class RotationService {

    @Inject
    EntityManager em;

    @Inject
    BlocService blocs;

    @Inject
    TermService terms;

    @Inject
    TermAccess access;

    @Inject
    TermRoster roster;

    @Inject
    ProvinceScope scope;

    @Inject
    UnitRepository units;

    @Inject
    NextYearMembers nextYear;

    @Inject
    LeadershipService results;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    // ── the order ───────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public Versioned<RotationOrderData> order(long blocId) {
        Bloc bloc = blocs.find(blocId);
        return versioned(bloc, byBloc(bloc.id).orElse(null));
    }

    /** Replaces the bloc's order (the empty order's ETag creates it): units of the bloc's province, each once. */
    @Transactional
    public Versioned<RotationOrderData> replace(long blocId, IfMatch ifMatch, RotationOrderInput input) {
        scope.requireWriter();
        Bloc bloc = blocs.find(blocId);
        em.lock(bloc, LockModeType.PESSIMISTIC_WRITE);
        RotationOrder order = byBloc(bloc.id).orElse(null);
        ifMatch.require(etags.of(data(bloc, order).shared()));
        List<Unit> chosen = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.unitIds().size(); i++) {
            Long id = input.unitIds().get(i);
            String field = "unitIds[" + i + "]";
            if (!seen.add(id)) {
                throw DomainException.rule("ROTATION_UNIT_TWICE", Text.of("Mỗi đơn vị chỉ có một lượt trong thứ tự luân phiên.",
                        "Each unit has one turn in the rotation order."), field);
            }
            chosen.add(units.findByIdOptional(id).filter(u -> u.provinceId.equals(bloc.provinceId))
                    .orElseThrow(() -> DomainException.rule("ROTATION_UNIT_UNKNOWN", Text.of(
                            "Đơn vị đã chọn không tồn tại trong tỉnh của {0}.", "The chosen unit does not exist in the province of {0}.")
                            .with(bloc.name), field)));
        }
        boolean created = order == null;
        var before = created ? Map.<String, Object>of() : order.snapshot().map();
        if (created) {
            order = new RotationOrder();
            order.bloc = bloc;
            RotationOrder fresh = order;
            UniqueKeys.guard(em, () -> em.persist(fresh), Map.of("uk_rotation_order_bloc", () -> DomainException.conflict(
                    "ROTATION_ORDER_CHANGED", Text.of("Thứ tự luân phiên vừa được ghi; hãy tải lại.", "The rotation order was just recorded; reload."))));
        } else {
            order.units.clear();
            em.flush(); // the old turns go before the new ones take their positions
        }
        for (Unit unit : chosen) {
            RotationOrderUnit turn = new RotationOrderUnit();
            turn.order = order;
            turn.position = order.units.size() + 1;
            turn.unit = unit;
            order.units.add(turn);
        }
        em.flush();
        if (created) {
            audit.created(order, order.snapshot().map());
        } else {
            audit.updated(order, before, order.snapshot().map(), null);
        }
        return versioned(bloc, order);
    }

    // ── the proposal ────────────────────────────────────────────────────────────────────────

    /** What the order gives for the year after the term (nothing recorded); whoever sees the term may look. */
    @ReadOnly
    public RotationProposalData preview(long termId, Long deputyUnitId) {
        Term term = terms.find(termId);
        LeadershipService.requireMethod(term, LeaderSelection.ROTATION);
        return propose(term, deputyUnitId).data;
    }

    /** The outgoing term's managers record the order's proposal as its PROPOSED result (If-Match to replace a proposed one). */
    @Transactional
    public Versioned<LeadershipResultData> record(long termId, String ifMatchHeader, RotationProposalInput input) {
        Term term = terms.find(termId);
        TermParty party = access.of(term);
        party.requireManage();
        LeadershipService.requireMethod(term, LeaderSelection.ROTATION);
        Proposal proposal = propose(term, input == null ? null : input.deputyUnitId());
        LeadershipService.Draft draft = results.draft(term, LeaderSelection.ROTATION, ifMatchHeader, party);
        draft.result().leader = proposal.leader;
        draft.result().deputy = proposal.deputy;
        return results.save(draft, party);
    }

    private record Proposal(Unit leader, Unit deputy, RotationProposalData data) {
    }

    private Proposal propose(Term term, Long deputyUnitId) {
        RotationOrder order = byBloc(term.bloc.id).filter(o -> !o.units.isEmpty()).orElseThrow(() -> DomainException.conflict(
                "ROTATION_ORDER_MISSING", Text.of("{0} chưa có thứ tự luân phiên Trưởng khối; Ban Thi đua - Khen thưởng cần ghi trước.",
                        "{0} has no rotation order yet; the Board records it first.").with(term.bloc.name)));
        List<Unit> turns = order.units.stream().map(t -> t.unit).toList();
        units.fetchNames(turns);
        NextYearMembers.Plan plan = nextYear.of(term);
        Long outgoingLeader = roster.parties(term.id).leaderUnitId();
        LineageGraph<Long> graph = plan.resolver().graph();
        int start = -1;
        for (int i = 0; i < turns.size() && outgoingLeader != null; i++) {
            if (graph.withAncestors(turns.get(i).id).contains(outgoingLeader)) {
                start = i;
                break;
            }
        }
        List<RotationProposalData.Skipped> skipped = new ArrayList<>();
        List<RotationProposalData.Followed> followed = new ArrayList<>();
        java.time.LocalDate asOf = java.time.LocalDate.of(term.year + 1, 1, 1);
        Set<Long> outgoingNow = outgoingLeader == null ? Set.of() : plan.resolver().live(outgoingLeader);
        Unit leader = null;
        Unit deputy = null;
        for (int k = 1; k <= turns.size() && (leader == null || (deputy == null && deputyUnitId == null)); k++) {
            Unit turn = turns.get(Math.floorMod(start + k, turns.size()));
            Optional<Unit> next = plan.resolver().live(turn.id).stream().filter(plan.carried()::containsKey).findFirst()
                    .map(id -> em.find(Unit.class, id));
            if (next.isEmpty()) {
                boolean anySuccessor = !plan.resolver().live(turn.id).isEmpty();
                skipped.add(new RotationProposalData.Skipped(UnitRef.of(turn, asOf), anySuccessor || turn.isActiveOn(asOf)
                        ? "NOT_A_MEMBER" : "NO_LIVE_SUCCESSOR"));
                continue;
            }
            Unit unit = next.get();
            if (leader == null && (outgoingNow.contains(unit.id) || unit.id.equals(outgoingLeader))) {
                skipped.add(new RotationProposalData.Skipped(UnitRef.of(turn, asOf), "OUTGOING_LEADER"));
                continue;
            }
            if (leader != null && unit.id.equals(leader.id)) {
                continue;
            }
            if (!unit.id.equals(turn.id)) {
                followed.add(new RotationProposalData.Followed(UnitRef.of(turn, asOf), UnitRef.of(unit, asOf)));
            }
            if (leader == null) {
                leader = unit;
            } else {
                deputy = unit;
            }
        }
        if (leader == null) {
            throw DomainException.conflict("ROTATION_NO_CANDIDATE", Text.of(
                    "Không đơn vị nào trong thứ tự luân phiên của {0} còn là thành viên năm {1}.",
                    "No unit of {0}'s rotation order is still a member in {1}.").with(term.bloc.name, term.year + 1));
        }
        if (deputyUnitId != null) {
            deputy = Optional.ofNullable(plan.carried().get(deputyUnitId)).map(NextYearMembers.Carried::unit)
                    .orElseThrow(() -> DomainException.rule("ROTATION_DEPUTY_NOT_A_MEMBER", Text.of(
                            "Phó trưởng khối được chọn phải là thành viên của {0} năm {1}.",
                            "The chosen deputy must be a member of {0} in {1}.").with(term.bloc.name, term.year + 1), "deputyUnitId"));
            LeadershipService.requireTwoUnits(leader, deputy, "deputyUnitId");
        }
        return new Proposal(leader, deputy, new RotationProposalData(term.id, term.year + 1, UnitRef.of(leader, asOf),
                deputy == null ? null : UnitRef.of(deputy, asOf), skipped, followed));
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    private Optional<RotationOrder> byBloc(long blocId) {
        return em.createQuery("select o from RotationOrder o where o.bloc.id = :bloc", RotationOrder.class).setParameter("bloc", blocId)
                .getResultStream().findFirst();
    }

    private Versioned<RotationOrderData> versioned(Bloc bloc, RotationOrder order) {
        RotationOrderData data = data(bloc, order);
        return etags.versioned(data, data.shared());
    }

    private RotationOrderData data(Bloc bloc, RotationOrder order) {
        List<String> permissions = Permissions.builder().allow("UPDATE", scope.caller().writes()).list();
        if (order == null) {
            return new RotationOrderData(bloc.id, List.of(), 0, permissions);
        }
        List<Unit> turns = order.units.stream().map(t -> t.unit).toList();
        units.fetchNames(turns);
        return new RotationOrderData(bloc.id, turns.stream().map(u -> UnitRef.of(u, null)).toList(), order.version, permissions);
    }
}
