package vn.thidua.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.OwnedFiles;
import vn.thidua.bloc.Bloc;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.conference.Conference;
import vn.thidua.conference.ConferenceKind;
import vn.thidua.conference.ConferenceStatus;
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
 * Next year's leadership of a bloc: the result record the three ways share (an election's certified vote,
 * a rotation proposal, the province's designation), its withdrawal, the handover at the outgoing year-end
 * conference, and the reads. Everyone who sees the outgoing term reads its result; the Board designates,
 * confirms and withdraws; the outgoing term's managers propose a rotation and record the handover.
 */
@ApplicationScoped
@Traced
public class LeadershipService {

    @Inject
    EntityManager em;

    @Inject
    TermService terms;

    @Inject
    TermAccess access;

    @Inject
    TermRoster roster;

    @Inject
    ProvinceScope scope;

    @Inject
    LeadershipLifecycle lifecycle;

    @Inject
    Transitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    UnitRepository units;

    @Inject
    OwnedFiles ownedFiles;

    /** A result with the caller's part in its outgoing term. */
    public record Loaded(LeadershipResult result, TermParty party) {
    }

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public Versioned<LeadershipResultData> ofTerm(long termId) {
        Term term = terms.find(termId);
        LeadershipResult r = live(term.id).orElseThrow(LeadershipService::notFound);
        return versioned(new Loaded(r, access.of(term)));
    }

    @ReadOnly
    public Versioned<LeadershipResultData> get(long id) {
        return versioned(load(id));
    }

    /** The public read: a bloc's confirmed (and handed over) leaders by year, newest first; any province, no caller. */
    @ReadOnly
    public Versioned<PublicLeadersData> published(long blocId) {
        Bloc bloc = Optional.ofNullable(em.find(Bloc.class, blocId)).orElseThrow(() -> DomainException.notFound("BLOC_NOT_FOUND",
                Text.of("khối, cụm thi đua", "bloc")));
        InList statuses = InList.of("statuses", List.of(LeadershipStatus.CONFIRMED, LeadershipStatus.HANDED_OVER));
        List<LeadershipResult> confirmed = statuses.bind(em.createQuery("select r from LeadershipResult r join fetch r.leader"
                + " left join fetch r.deputy where r.bloc.id = :bloc and " + statuses.in("r.status") + " order by r.nextYear desc",
                LeadershipResult.class)).setParameter("bloc", blocId)
                .getResultList();
        units.fetchNames(confirmed.stream().flatMap(r -> Stream.of(r.leader, r.deputy)).filter(Objects::nonNull).distinct().toList());
        return etags.versioned(new PublicLeadersData(bloc.id, bloc.name, confirmed.stream().map(r -> new PublicLeadersData.Year(r.nextYear,
                ref(r.leader, r.nextYearFirstDay()), ref(r.deputy, r.nextYearFirstDay()), r.method)).toList()));
    }

    @ReadOnly
    public List<StoredFileData> files(long id) {
        load(id);
        return ownedFiles.list(LeadershipResult.ENTITY, id, FileKind.DECISION_SCAN);
    }

    /** A result whose outgoing term the caller sees (404 otherwise, as for a missing id). */
    public Loaded load(long id) {
        LeadershipResult r = Optional.ofNullable(em.find(LeadershipResult.class, id))
                .filter(found -> scope.sees(found.bloc.provinceId)).orElseThrow(LeadershipService::notFound);
        return new Loaded(r, access.of(r.outgoingTerm));
    }

    // ── writes ──────────────────────────────────────────────────────────────────────────────

    /** The Board records the province's decision naming next year's leader and deputy (or replaces a proposed one's, If-Match). */
    @Transactional
    public Versioned<LeadershipResultData> designate(long termId, String ifMatchHeader, DesignationInput input) {
        scope.requireWriter();
        Term term = terms.find(termId);
        TermParty party = requireBoard(access.of(term));
        requireMethod(term, LeaderSelection.DESIGNATION);
        Unit leader = unitFor(term, input.leaderUnitId(), "leaderUnitId");
        Unit deputy = input.deputyUnitId() == null ? null : unitFor(term, input.deputyUnitId(), "deputyUnitId");
        requireTwoUnits(leader, deputy, "deputyUnitId");
        Draft draft = draft(term, LeaderSelection.DESIGNATION, ifMatchHeader, party);
        draft.result().leader = leader;
        draft.result().deputy = deputy;
        draft.result().decision = DecisionRef.from(input.decision());
        return save(draft, party);
    }

    /** The Board withdraws a proposed result, with a reason (a new one may then be recorded). */
    @Transactional
    public Versioned<LeadershipResultData> withdraw(long id, IfMatch ifMatch, WithdrawalInput input) {
        scope.requireWriter();
        Loaded loaded = loadForWrite(id, ifMatch);
        requireBoard(loaded.party());
        LeadershipResult r = loaded.result();
        lifecycle.of().check(r, r.status, LeadershipStatus.WITHDRAWN, input.reason());
        r.withdrawnReason = input.reason().trim();
        transitions.move(lifecycle.of(), r, LeadershipStatus.WITHDRAWN, input.reason());
        return versioned(loaded);
    }

    /**
     * The leader flag handed over (trao cờ Khối trưởng) at the outgoing term's held year-end conference, on its day:
     * from the outgoing term's leader to the confirmed one. The Board or the outgoing term's managers record it.
     */
    @Transactional
    public Versioned<LeadershipResultData> handover(long id, IfMatch ifMatch, HandoverInput input) {
        Loaded loaded = load(id);
        loaded.party().requireManage();
        lock(loaded.result(), ifMatch, loaded);
        LeadershipResult r = loaded.result();
        lifecycle.of().check(r, r.status, LeadershipStatus.HANDED_OVER, null);
        Conference conference = Optional.ofNullable(em.find(Conference.class, input.conferenceId()))
                .filter(c -> c.term.id.equals(r.outgoingTerm.id)).orElseThrow(() -> DomainException.rule("LEADERSHIP_HANDOVER_CONFERENCE_UNKNOWN",
                        Text.of("Hội nghị đã chọn không phải hội nghị của {0} năm {1}.", "The chosen conference is not one of {0} in {1}.")
                                .with(r.bloc.name, r.outgoingTerm.year), "conferenceId"));
        if (conference.kind != ConferenceKind.YEAR_END_REVIEW) {
            throw DomainException.rule("LEADERSHIP_HANDOVER_NOT_YEAR_END", Text.of(
                    "Cờ Khối trưởng được trao tại {0}; hội nghị đã chọn là “{1}”.",
                    "The leader flag is handed over at the {0}; the chosen conference is a “{1}”.")
                    .with(Text.of("hội nghị tổng kết năm", "year-end review"), conference.kind), "conferenceId");
        }
        if (conference.status != ConferenceStatus.HELD && conference.status != ConferenceStatus.MINUTES_SIGNED) {
            throw DomainException.rule("LEADERSHIP_HANDOVER_CONFERENCE_NOT_HELD", Text.of(
                    "Hội nghị đang ở bước “{0}”; chỉ ghi trao cờ khi hội nghị đã tổ chức.",
                    "The conference is “{0}”; the handover is recorded once it has been held.").with(conference.status), "conferenceId");
        }
        Long outgoingLeader = roster.parties(r.outgoingTerm.id).leaderUnitId();
        r.handoverConference = conference;
        r.handedOverOn = conference.heldOn;
        r.handedBy = outgoingLeader == null ? null : em.find(Unit.class, outgoingLeader);
        r.handedTo = r.leader;
        transitions.move(lifecycle.of(), r, LeadershipStatus.HANDED_OVER, null);
        return versioned(loaded);
    }

    /** The designating decision's signed scan (DESIGNATION only), by the Board; a new scan supersedes the current one. */
    @Transactional
    public StoredFileData upload(long id, FileService.Upload upload, Long supersedes) {
        scope.requireWriter();
        Loaded loaded = load(id);
        requireBoard(loaded.party());
        LeadershipResult r = loaded.result();
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.method != LeaderSelection.DESIGNATION || r.status == LeadershipStatus.WITHDRAWN) {
            throw DomainException.conflict("LEADERSHIP_FILE_DESIGNATION_ONLY", Text.of(
                    "Chỉ kết quả chỉ định (chưa rút) mới đính kèm bản quét quyết định; kết quả này: {0}, “{1}”.",
                    "Only a designation (not withdrawn) carries the decision's scan; this result: {0}, “{1}”.").with(r.method, r.status));
        }
        return ownedFiles.store(FileKind.DECISION_SCAN, r, upload, supersedes);
    }

    // ── shared by the three ways ────────────────────────────────────────────────────────────

    /** A result being recorded: a new one, or the term's proposed one of the same way (If-Match then). */
    record Draft(LeadershipResult result, boolean isNew, Map<String, Object> before) {
    }

    /** Locks the outgoing term (one result at a time) and opens its live result for this way, or a new one. */
    Draft draft(Term term, LeaderSelection method, String ifMatchHeader, TermParty party) {
        em.lock(term, LockModeType.PESSIMISTIC_WRITE);
        Optional<LeadershipResult> existing = live(term.id);
        if (existing.isPresent()) {
            LeadershipResult r = existing.get();
            if (r.status != LeadershipStatus.PROPOSED || r.method != method) {
                throw exists(r);
            }
            if (party != null) {
                IfMatch.parse(ifMatchHeader).require(etags.of(data(new Loaded(r, party)).shared()));
            }
            return new Draft(r, false, r.snapshot().map());
        }
        LeadershipResult r = new LeadershipResult();
        r.outgoingTerm = term;
        r.bloc = term.bloc;
        r.nextYear = term.year + 1;
        r.method = method;
        return new Draft(r, true, Map.of());
    }

    /** Persists (or flushes) the draft and audits it; the live-result key refuses a concurrent second one. */
    Versioned<LeadershipResultData> save(Draft draft, TermParty party) {
        LeadershipResult r = draft.result();
        if (draft.isNew()) {
            UniqueKeys.guard(em, () -> em.persist(r), Map.of("uk_leadership_result_live", () -> DomainException.conflict(
                    "LEADERSHIP_RESULT_EXISTS", Text.of("{0} năm {1} vừa có kết quả chọn Trưởng khối năm sau; hãy tải lại.",
                            "{0} in {1} has just got next year's leadership result; reload.").with(r.bloc.name, r.outgoingTerm.year))));
            audit.created(r, r.snapshot().map());
        } else {
            em.flush();
            audit.updated(r, draft.before(), r.snapshot().map(), null);
        }
        return party == null ? null : versioned(new Loaded(r, party));
    }

    Optional<LeadershipResult> live(long termId) {
        return em.createQuery("select r from LeadershipResult r where r.outgoingTerm.id = :term and r.status <> :withdrawn",
                LeadershipResult.class).setParameter("term", termId).setParameter("withdrawn", LeadershipStatus.WITHDRAWN)
                .getResultStream().findFirst();
    }

    Loaded loadForWrite(long id, IfMatch ifMatch) {
        Loaded loaded = load(id);
        lock(loaded.result(), ifMatch, loaded);
        return loaded;
    }

    private void lock(LeadershipResult r, IfMatch ifMatch, Loaded loaded) {
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.require(etags.of(data(loaded).shared()));
    }

    /** 409 unless the term's rules choose the leader this way. */
    static void requireMethod(Term term, LeaderSelection method) {
        if (term.rules.leaderSelection != method) {
            throw DomainException.conflict("LEADERSHIP_SELECTION_MISMATCH", Text.of(
                    "Quy chế năm {0} của {1} chọn Trưởng khối bằng cách “{2}”, không phải “{3}”.",
                    "The {0} rules of {1} choose the leader by “{2}”, not by “{3}”.")
                    .with(term.year, term.bloc.name, term.rules.leaderSelection, method));
        }
    }

    /** A unit of the bloc's province (422 as unknown otherwise) that is active in the year it would lead. */
    Unit unitFor(Term term, Long unitId, String field) {
        Unit unit = units.findByIdOptional(unitId).filter(u -> u.provinceId.equals(term.bloc.provinceId))
                .orElseThrow(() -> DomainException.rule("LEADERSHIP_UNIT_UNKNOWN", Text.of(
                        "Đơn vị đã chọn không tồn tại trong tỉnh của {0}.", "The chosen unit does not exist in the province of {0}.")
                        .with(term.bloc.name), field));
        requireActive(unit, LocalDate.of(term.year + 1, 1, 1), field);
        return unit;
    }

    static void requireActive(Unit unit, LocalDate firstDay, String field) {
        if (!unit.isActiveOn(firstDay)) {
            throw DomainException.rule("LEADERSHIP_UNIT_INACTIVE", Text.of(
                    "{0} không còn hoạt động vào năm {1} (hoạt động {2} – {3}); không làm Trưởng khối, Phó trưởng khối được.",
                    "{0} is not active in {1} (active {2} – {3}); it cannot lead or deputise.")
                    .with(unit, firstDay.getYear(), unit.activeFrom, unit.activeTo == null ? Text.of("nay", "now") : unit.activeTo), field);
        }
    }

    static void requireTwoUnits(Unit leader, Unit deputy, String field) {
        if (leader != null && deputy != null && leader.id.equals(deputy.id)) {
            throw DomainException.rule("LEADERSHIP_SAME_UNIT", Text.of(
                    "Trưởng khối và Phó trưởng khối phải là hai đơn vị khác nhau ({0}).",
                    "The leader and the deputy must be two different units ({0}).").with(leader), field);
        }
    }

    static TermParty requireBoard(TermParty party) {
        if (!party.isBoard()) {
            throw DomainException.forbidden("LEADERSHIP_BOARD_ONLY", Text.of(
                    "Chỉ Ban Thi đua - Khen thưởng tỉnh được làm việc này.", "Only the provincial Board may do this."));
        }
        return party;
    }

    static DomainException exists(LeadershipResult r) {
        return DomainException.conflict("LEADERSHIP_RESULT_EXISTS", Text.of(
                "{0} năm {1} đã có kết quả chọn Trưởng khối năm sau ({2}, “{3}”); hãy rút kết quả đó trước.",
                "{0} in {1} already has next year's leadership result ({2}, “{3}”); withdraw it first.")
                .with(r.bloc.name, r.outgoingTerm.year, r.method, r.status));
    }

    static DomainException notFound() {
        return DomainException.notFound("LEADERSHIP_RESULT_NOT_FOUND", Text.of("kết quả chọn Trưởng khối", "leadership result"));
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    Versioned<LeadershipResultData> versioned(Loaded loaded) {
        LeadershipResultData data = data(loaded);
        return etags.versioned(data, data.shared());
    }

    LeadershipResultData data(Loaded loaded) {
        LeadershipResult r = loaded.result();
        TermParty party = loaded.party();
        LocalDate asOf = r.nextYearFirstDay();
        LeadershipResultData.HandoverData handover = r.handoverConference == null ? null
                : new LeadershipResultData.HandoverData(r.handoverConference.id, r.handoverConference.title, r.handedOverOn,
                        ref(r.handedBy, r.handedOverOn), ref(r.handedTo, asOf));
        boolean board = party.isBoard();
        List<String> permissions = Permissions.builder()
                .allow("CONFIRM", board && r.status == LeadershipStatus.PROPOSED && r.leader != null)
                .allow("WITHDRAW", board && r.status == LeadershipStatus.PROPOSED)
                .allow("UPLOAD_DECISION_FILE", board && r.method == LeaderSelection.DESIGNATION && r.status != LeadershipStatus.WITHDRAWN)
                .allow("RECORD_HANDOVER", party.manages() && r.status == LeadershipStatus.CONFIRMED).list();
        return new LeadershipResultData(r.id, r.outgoingTerm.id, r.outgoingTerm.year, r.bloc.id, r.bloc.name, r.nextYear, r.method,
                ref(r.leader, asOf), ref(r.deputy, asOf), r.leaderVoteId, r.deputyVoteId,
                r.decision == null ? null : r.decision.toData(), r.status, r.withdrawnReason, r.confirmedAt,
                r.nextTerm == null ? null : r.nextTerm.id, handover, r.version, permissions);
    }

    static UnitRef ref(Unit unit, LocalDate asOf) {
        return unit == null ? null : UnitRef.of(unit, asOf);
    }
}
