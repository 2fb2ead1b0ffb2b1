package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileService;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.province.Provinces;
import vn.thidua.ranking.RankingRow;
import vn.thidua.ranking.RankingStatus;
import vn.thidua.security.CurrentUser;
import vn.thidua.term.Term;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;
import vn.thidua.term.TermRoster;
import vn.thidua.term.TermService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;
import vn.thidua.vote.AwardKind;
import vn.thidua.vote.VoteCertified;

/**
 * A term's award proposal dossier (hồ sơ đề nghị khen thưởng), one per term. The term's managers (the leader's
 * and deputy's officers, or the Board) create it and add member units within the quota, or a certified award vote
 * fills it ({@link AwardVoteObserver}); each unit's achievement report is attached by the unit or the managers;
 * the managers submit it; the Board takes it up, appraises each unit (approved, downgraded flag → certificate,
 * rejected), returns it for completion or records the decision. Read by the Board, the Ministry and the bloc
 * (its managers and members); by everyone who sees the term once DECIDED; others get 404 as for a missing id.
 */
@ApplicationScoped
@Traced
public class AwardProposalService {

    @Inject
    EntityManager em;

    @Inject
    TermAccess access;

    @Inject
    TermService terms;

    @Inject
    TermRoster roster;

    @Inject
    ProvinceScope scope;

    @Inject
    AwardProposalLifecycle lifecycle;

    @Inject
    AwardRules rules;

    @Inject
    Transitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    Clock clock;

    @Inject
    UnitRepository units;

    @Inject
    Provinces provinces;

    @Inject
    FileService files;

    @Inject
    CurrentUser user;

    /** A dossier with the caller's part in its term. */
    public record Loaded(AwardProposal proposal, TermParty party) {
    }

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    /** The term's dossier, as a list of at most one (empty until created, or for callers who may not see it yet). */
    @ReadOnly
    public AwardProposalPage ofTerm(long termId) {
        TermParty party = access.of(termId);
        List<AwardProposalData> items = byTerm(termId).filter(p -> readable(p, party)).map(p -> data(new Loaded(p, party))).stream()
                .toList();
        return new AwardProposalPage(items, 0, 1, items.size(), Permissions.builder()
                .allow("CREATE", items.isEmpty() && party.managesOpenYear() && byTerm(termId).isEmpty()).list());
    }

    @ReadOnly
    public Versioned<AwardProposalData> get(long id) {
        return versioned(load(id));
    }

    /** The dossier when the caller may read it (404 otherwise, as for an unknown id). */
    public Loaded load(long id) {
        AwardProposal p = Optional.ofNullable(em.find(AwardProposal.class, id)).filter(found -> scope.sees(found.term.bloc.provinceId))
                .orElseThrow(AwardProposalService::notFound);
        TermParty party = access.of(p.term);
        if (!readable(p, party)) {
            throw notFound();
        }
        return new Loaded(p, party);
    }

    static boolean readable(AwardProposal p, TermParty party) {
        return p.status == AwardProposalStatus.DECIDED || party.insider() || party.caller().isNational();
    }

    // ── writes ──────────────────────────────────────────────────────────────────────────────

    @Transactional
    public Versioned<AwardProposalData> create(long termId) {
        Term term = terms.find(termId);
        TermParty party = access.of(term);
        requireBlocWrite(party);
        em.lock(term, LockModeType.PESSIMISTIC_WRITE);
        if (byTerm(termId).isPresent()) {
            throw exists(term);
        }
        AwardProposal p = persistNew(term);
        return versioned(new Loaded(p, party));
    }

    @Transactional
    public Versioned<AwardProposalData> addItem(long id, IfMatch ifMatch, AwardItemInput input) {
        Loaded loaded = loadForWrite(id, ifMatch, AwardProposalService::requireBlocWrite);
        AwardProposal p = loaded.proposal();
        requireEditable(p);
        if (!loaded.party().memberUnitIds().contains(input.unitId())) {
            throw DomainException.rule("AWARD_UNIT_NOT_A_MEMBER", Text.of(
                    "Chỉ đề nghị khen thưởng các đơn vị thành viên của {0} năm {1}.",
                    "Only member units of {0} in {1} may be proposed.").with(p.term.bloc.name, String.valueOf(p.term.year)), "unitId");
        }
        Map<Long, Text> ineligible = rules.ineligible(p.term, List.of(input.unitId()), LocalDate.now(clock), null);
        if (!ineligible.isEmpty()) {
            throw AwardProposalLifecycle.ineligible(ineligible.values());
        }
        var before = p.snapshot().map();
        addItem(p, em.find(Unit.class, input.unitId()), input.award(), null, ranked(p.term));
        AwardProposalLifecycle.requireQuota(p);
        em.flush();
        audit.updated(p, before, p.snapshot().map(), "Thêm đơn vị đề nghị / unit proposed");
        return versioned(loaded);
    }

    @Transactional
    public Versioned<AwardProposalData> removeItem(long id, long itemId, IfMatch ifMatch) {
        Loaded loaded = loadForWrite(id, ifMatch, AwardProposalService::requireBlocWrite);
        AwardProposal p = loaded.proposal();
        requireEditable(p);
        AwardProposalItem item = item(p, itemId);
        var before = p.snapshot().map();
        p.items.remove(item);
        em.flush();
        audit.updated(p, before, p.snapshot().map(), "Bỏ đơn vị khỏi hồ sơ / unit removed");
        return versioned(loaded);
    }

    @Transactional
    public Versioned<AwardProposalData> appraise(long id, long itemId, IfMatch ifMatch, AwardAppraisalInput input) {
        Loaded loaded = loadForWrite(id, ifMatch, AwardProposalService::requireBoard);
        AwardProposal p = loaded.proposal();
        if (p.status != AwardProposalStatus.APPRAISING) {
            throw DomainException.conflict("AWARD_PROPOSAL_NOT_APPRAISING", Text.of(
                    "Hồ sơ đang ở bước “{0}”; chỉ thẩm định được khi Ban Thi đua - Khen thưởng đã tiếp nhận.",
                    "The dossier is “{0}”; items are appraised once the Board has taken it up.").with(p.status));
        }
        AwardProposalItem item = item(p, itemId);
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().trim();
        if (input.outcome() != AwardOutcome.APPROVED && reason == null) {
            throw DomainException.rule("AWARD_OUTCOME_REASON_REQUIRED", Text.of(
                    "Hạ mức hoặc không đề nghị cần ghi rõ lý do.", "A downgrade or a rejection needs a reason."), "reason");
        }
        if (input.outcome() == AwardOutcome.DOWNGRADED && item.award != AwardKind.FLAG) {
            throw DomainException.rule("AWARD_DOWNGRADE_FLAG_ONLY", Text.of(
                    "Chỉ hạ mức được đề nghị Cờ thi đua (thành Bằng khen).", "Only a flag is downgraded (to a certificate)."), "outcome");
        }
        var before = p.snapshot().map();
        item.outcome = input.outcome();
        item.outcomeReason = reason;
        item.decidedAward = switch (input.outcome()) {
            case APPROVED -> item.award;
            case DOWNGRADED -> AwardKind.CERTIFICATE;
            case REJECTED -> null;
        };
        touch(p);
        em.flush();
        audit.updated(p, before, p.snapshot().map(), "Thẩm định / appraised: " + item.unit.id + " " + input.outcome()
                + (reason == null ? "" : " — " + reason));
        return versioned(loaded);
    }

    @Transactional
    public Versioned<AwardProposalData> changeStatus(long id, IfMatch ifMatch, AwardProposalStatusChange change) {
        AwardProposalStatus target = change.status();
        Loaded loaded = loadForWrite(id, ifMatch, target == AwardProposalStatus.SUBMITTED ? AwardProposalService::requireBlocWrite
                : AwardProposalService::requireBoard);
        AwardProposal p = loaded.proposal();
        AwardProposalStatus from = p.status;
        if (target == AwardProposalStatus.DECIDED) {
            p.decision = DecisionRef.from(change.decision());
            p.decidedAt = clock.instant();
        } else if (target == AwardProposalStatus.SUBMITTED) {
            p.submittedAt = clock.instant();
        } else if (target == AwardProposalStatus.RETURNED && lifecycle.of().allows(from, target)) {
            p.items.forEach(i -> {
                i.outcome = null;
                i.outcomeReason = null;
                i.decidedAward = null;
            });
        }
        transitions.move(lifecycle.of(), p, target, change.reason());
        step(p, from, target, change.reason());
        em.flush();
        return versioned(loaded);
    }

    /** For the files of the dossier and its items: the dossier locked, after the caller's access and If-Match-free checks. */
    Loaded loadForFiles(long id) {
        Loaded loaded = load(id);
        em.lock(loaded.proposal(), LockModeType.PESSIMISTIC_WRITE);
        return loaded;
    }

    /** A write to the dossier's files changes what its reads show (hasAchievementReport), so its version moves. */
    void touch(AwardProposal p) {
        em.lock(p, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    // ── from a certified award vote ─────────────────────────────────────────────────────────

    /**
     * The units a certified award vote proposes join the term's dossier (created DRAFT when there is none), within
     * the quota; the dossier must still be editable. Runs inside the certifying transaction: a refusal here refuses
     * the certification.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordVote(VoteCertified event) {
        Term term = em.find(Term.class, event.subject().termId());
        AwardKind award = event.subject().award();
        if (term == null || award == null) {
            return;
        }
        em.lock(term, LockModeType.PESSIMISTIC_WRITE);
        AwardProposal p = byTerm(term.id).orElseGet(() -> persistNew(term));
        requireEditable(p);
        var before = p.snapshot().map();
        Ranked ranked = ranked(term);
        for (Long unitId : event.elected()) {
            Optional<AwardProposalItem> existing = p.items.stream().filter(i -> i.unit.id.equals(unitId)).findFirst();
            if (existing.isPresent() && existing.get().award == award) {
                existing.get().voteId = event.subject().voteId();
                continue;
            }
            if (existing.isPresent()) {
                throw DomainException.conflict("AWARD_UNIT_ALREADY_PROPOSED", Text.of(
                        "{0} đã được đề nghị {1} trong hồ sơ; mỗi thành tích chỉ được đề nghị một hình thức khen thưởng.",
                        "{0} is already proposed for the {1}; one achievement earns one award.")
                        .with(UnitRef.of(existing.get().unit, term.lastDay()).name(), existing.get().award));
            }
            addItem(p, em.find(Unit.class, unitId), award, event.subject().voteId(), ranked);
        }
        AwardProposalLifecycle.requireQuota(p);
        em.flush();
        audit.updated(p, before, p.snapshot().map(), "Kết quả bình xét đã chứng nhận / certified award vote " + event.subject().voteId());
    }

    // ── helpers ─────────────────────────────────────────────────────────────────────────────

    private AwardProposal persistNew(Term term) {
        AwardProposal p = new AwardProposal();
        p.term = term;
        UniqueKeys.guard(em, () -> {
            em.persist(p);
            em.flush();
        }, Map.of("uk_award_proposal_term", () -> exists(term)));
        audit.created(p, p.snapshot().map());
        return p;
    }

    private void addItem(AwardProposal p, Unit unit, AwardKind award, Long voteId, Ranked ranked) {
        AwardProposalItem item = new AwardProposalItem();
        item.proposal = p;
        item.unit = unit;
        item.award = award;
        item.voteId = voteId;
        RankingRow row = ranked.rows().get(unit.id);
        if (row != null) {
            item.rankPosition = row.position;
            item.rankOf = ranked.rows().size();
            item.rankTotal = row.total;
        }
        p.items.add(item);
        touch(p);
    }

    private void step(AwardProposal p, AwardProposalStatus from, AwardProposalStatus to, String reason) {
        AwardProposalStep s = new AwardProposalStep();
        s.proposal = p;
        s.fromStatus = from;
        s.toStatus = to;
        s.reason = reason == null || reason.isBlank() ? null : reason.trim();
        s.actor = user.username();
        s.occurredAt = clock.instant();
        p.steps.add(s);
    }

    /** The term's published ranking, its rows by unit. */
    record Ranked(Long rankingId, Map<Long, RankingRow> rows) {
    }

    Ranked ranked(Term term) {
        List<RankingRow> rows = em.createQuery("select rr from RankingRow rr join fetch rr.ranking r where r.round.term = :term"
                + " and r.status = :published", RankingRow.class).setParameter("term", term)
                .setParameter("published", RankingStatus.PUBLISHED).getResultList();
        Map<Long, RankingRow> byUnit = new HashMap<>();
        rows.forEach(row -> byUnit.put(row.unit.id, row));
        return new Ranked(rows.isEmpty() ? null : rows.get(0).ranking.id, byUnit);
    }

    private Optional<AwardProposal> byTerm(long termId) {
        return em.createQuery("select p from AwardProposal p where p.term.id = :term", AwardProposal.class).setParameter("term", termId)
                .getResultStream().findFirst();
    }

    /** The dossier locked for a write, the caller authorised (before If-Match, so a refused caller learns nothing from a 412). */
    private Loaded loadForWrite(long id, IfMatch ifMatch, java.util.function.Consumer<TermParty> authorise) {
        Loaded loaded = load(id);
        authorise.accept(loaded.party());
        em.lock(loaded.proposal(), LockModeType.PESSIMISTIC_WRITE);
        ifMatch.require(etags.of(data(loaded).shared()));
        return loaded;
    }

    /** The bloc's writes: the term's managers in a year not closed. */
    private static void requireBlocWrite(TermParty party) {
        party.requireManage();
        TermGuard.requireOpen(party.term());
    }

    static void requireBoardOf(TermParty party) {
        requireBoard(party);
    }

    private static void requireBoard(TermParty party) {
        if (!party.isBoard()) {
            party.requireManage(); // read-only accounts get their own code
            throw DomainException.forbidden("AWARD_BOARD_ONLY", Text.of(
                    "Chỉ Ban Thi đua - Khen thưởng tiếp nhận, thẩm định, trả lại hồ sơ và ghi quyết định khen thưởng.",
                    "Only the Board takes up, appraises, returns and decides a dossier."));
        }
    }

    static void requireEditable(AwardProposal p) {
        if (!p.status.editable()) {
            throw DomainException.conflict("AWARD_PROPOSAL_NOT_EDITABLE", Text.of(
                    "Hồ sơ đang ở bước “{0}”; chỉ sửa được khi còn là dự thảo hoặc đã bị trả lại để hoàn thiện.",
                    "The dossier is “{0}”; it changes only while a draft or returned for completion.").with(p.status));
        }
    }

    private static AwardProposalItem item(AwardProposal p, long itemId) {
        return p.items.stream().filter(i -> i.id == itemId).findFirst().orElseThrow(AwardProposalService::itemNotFound);
    }

    /** The item of a dossier the caller may read (404 otherwise). */
    AwardProposalItem itemOf(Loaded loaded, long itemId) {
        return item(loaded.proposal(), itemId);
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    private Versioned<AwardProposalData> versioned(Loaded loaded) {
        AwardProposalData data = data(loaded);
        return etags.versioned(data, data.shared());
    }

    public AwardProposalData data(Loaded loaded) {
        AwardProposal p = loaded.proposal();
        Term term = p.term;
        LocalDate asOf = term.lastDay();
        units.fetchNames(p.items.stream().map(i -> i.unit).toList());
        Set<Long> reported = p.items.isEmpty() ? Set.of()
                : files.ownersWithCurrent(AwardProposalItem.ENTITY, p.items.stream().map(i -> i.id).toList(), AwardProposalLifecycle.REPORT);
        List<AwardProposalData.Item> items = p.items.stream().map(i -> new AwardProposalData.Item(i.id, UnitRef.of(i.unit, asOf), i.award,
                i.award.label().vi(), i.voteId, i.rankPosition, i.rankOf, i.rankTotal, reported.contains(i.id), i.outcome, i.outcomeReason,
                i.decidedAward)).toList();
        List<AwardProposalData.Step> history = p.steps.stream()
                .map(s -> new AwardProposalData.Step(s.fromStatus, s.toStatus, s.reason, s.actor, s.occurredAt)).toList();
        List<String> permissions = null;
        if (loaded.party() != null) {
            TermParty party = loaded.party();
            boolean bloc = party.managesOpenYear() && p.status.editable();
            boolean board = party.isBoard();
            permissions = Permissions.builder().allow("ADD_ITEM", bloc).allow("REMOVE_ITEM", bloc && !p.items.isEmpty())
                    .allow("UPLOAD_REPORT", p.status.editable() && party.writesYear() && (party.manages() || party.isMember()))
                    .allow("SUBMIT", bloc && lifecycle.of().allows(p.status, AwardProposalStatus.SUBMITTED))
                    .allow("TAKE_UP", board && p.status == AwardProposalStatus.SUBMITTED)
                    .allow("APPRAISE", board && p.status == AwardProposalStatus.APPRAISING)
                    .allow("RETURN", board && lifecycle.of().allows(p.status, AwardProposalStatus.RETURNED))
                    .allow("DECIDE", board && p.status == AwardProposalStatus.APPRAISING)
                    .allow("UPLOAD_DECISION", board && (p.status == AwardProposalStatus.APPRAISING || p.status == AwardProposalStatus.DECIDED))
                    .list();
        }
        return new AwardProposalData(p.id, term.id, term.year, term.bloc.name, provinces.ref(term.bloc.provinceId, null).code(), p.status,
                ranked(term).rankingId(), term.rules.flagQuota, term.rules.certificateQuota, items, history,
                p.decision == null ? null : p.decision.toData(), p.submittedAt, p.decidedAt, p.version, permissions);
    }

    private static DomainException exists(Term term) {
        return DomainException.conflict("AWARD_PROPOSAL_EXISTS", Text.of(
                "{0} năm {1} đã có hồ sơ đề nghị khen thưởng.", "{0} already has its {1} award proposal.")
                .with(term.bloc.name, String.valueOf(term.year)));
    }

    static DomainException notFound() {
        return DomainException.notFound("AWARD_PROPOSAL_NOT_FOUND", Text.of("hồ sơ đề nghị khen thưởng", "award proposal"));
    }

    static DomainException itemNotFound() {
        return DomainException.notFound("AWARD_PROPOSAL_ITEM_NOT_FOUND", Text.of("đơn vị được đề nghị", "proposed unit"));
    }
}
