package vn.thidua.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.scheme.Scheme;
import vn.thidua.scheme.SchemeRepository;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;
import vn.thidua.unit.Unit;

/**
 * A term's scoring round: opened by its managers against the adopted scheme (a sheet for every member),
 * reviewers assigned, the review phase started and closed, every sheet consolidated and finalised at once.
 */
@ApplicationScoped
@Traced
public class RoundService {

    @Inject
    ScoringRepository repository;

    @Inject
    SchemeRepository schemes;

    @Inject
    TermAccess access;

    @Inject
    ProvinceScope scope;

    @Inject
    ETags etags;

    @Inject
    Transitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    SheetService sheets;

    @Inject
    Consolidation consolidation;

    @Inject
    java.time.Clock clock;

    record Loaded(ScoringRound round, TermParty party, List<ScoreSheet> sheets) {
    }

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public Versioned<ScoringRoundData> ofTerm(long termId) {
        TermParty party = access.of(termId);
        ScoringRound round = repository.roundOfTerm(termId).filter(r -> party.insider())
                .orElseThrow(RoundService::notFound);
        return versioned(new Loaded(round, party, repository.sheets(round.id)));
    }

    @ReadOnly
    public Versioned<ScoringRoundData> get(long id) {
        return versioned(load(id));
    }

    Loaded load(long id) {
        ScoringRound round = repository.round(id).filter(r -> scope.sees(r.term.bloc.provinceId)).orElseThrow(RoundService::notFound);
        TermParty party = access.of(round.term);
        if (!party.insider()) {
            throw notFound();
        }
        return new Loaded(round, party, repository.sheets(round.id));
    }

    private Loaded loadForWrite(long id, IfMatch ifMatch) {
        Loaded loaded = load(id);
        loaded.party().requireManage();
        TermGuard.requireOpen(loaded.party().term());
        repository.em().lock(loaded.round(), LockModeType.PESSIMISTIC_WRITE);
        ifMatch.require(etags.of(data(loaded, null).shared()));
        return loaded;
    }

    // ── writes ──────────────────────────────────────────────────────────────────────────────

    @Transactional
    public Versioned<ScoringRoundData> open(long termId, ScoringRoundInput input) {
        TermParty party = access.of(termId);
        party.requireManage();
        TermGuard.requireOpen(party.term());
        if (repository.roundOfTerm(termId).isPresent()) {
            throw alreadyOpen();
        }
        Scheme scheme = schemes.adopted(termId).orElseThrow(() -> DomainException.rule("SCORING_NO_ADOPTED_SCHEME", Text.of(
                "Năm thi đua chưa có thang điểm được thông qua; hãy thông qua thang điểm tại hội nghị trước khi mở chấm điểm.",
                "The term has no adopted scheme; adopt one at a conference before scoring opens."), "schemeId"));
        int year = party.term().year;
        if (input.selfDeadline().getYear() < year || input.selfDeadline().getYear() > year + 1) {
            throw DomainException.rule("SCORING_DEADLINE_OUTSIDE_YEAR", Text.of(
                    "Hạn tự chấm phải trong năm {0} hoặc đầu năm {1}.", "The deadline must fall in {0} or early {1}.")
                    .with(String.valueOf(year), String.valueOf(year + 1)), "selfDeadline");
        }
        ScoringRound round = new ScoringRound();
        round.term = party.term();
        round.scheme = scheme;
        round.selfDeadline = input.selfDeadline();
        round.aggregation = input.aggregation();
        round.deviationThreshold = input.deviationThreshold();
        UniqueKeys.guard(repository.em(), () -> {
            repository.em().persist(round);
            repository.em().flush();
        }, Map.of("uk_scoring_round_term", RoundService::alreadyOpen));
        audit.created(round, round.snapshot().map());
        for (Long unitId : party.memberUnitIds()) {
            ScoreSheet s = new ScoreSheet();
            s.round = round;
            s.unit = repository.em().getReference(Unit.class, unitId);
            repository.em().persist(s);
        }
        repository.em().flush();
        List<ScoreSheet> created = repository.sheets(round.id);
        created.forEach(s -> audit.created(s, s.snapshot().map()));
        return versioned(new Loaded(round, party, created));
    }

    @Transactional
    public Versioned<ScoringRoundData> changeStatus(long id, IfMatch ifMatch, RoundStatusChange change) {
        Loaded loaded = loadForWrite(id, ifMatch);
        ScoringRound round = loaded.round();
        ScoringLifecycles.ROUND.check(round, round.status, change.status(), change.reason());
        if (change.status() == RoundStatus.REVIEWING) {
            List<String> without = loaded.sheets().stream().filter(s -> s.status == SheetStatus.SELF_SUBMITTED && s.reviews.isEmpty())
                    .map(s -> s.round.unitName(s.unit)).toList();
            if (!without.isEmpty()) {
                throw DomainException.rule("SCORING_REVIEWERS_MISSING", Text.of(
                        "Chưa phân công đơn vị chấm chéo cho bảng của: {0}.", "No reviewers are assigned to the sheets of: {0}.")
                        .with(String.join("; ", without)), "reviewers");
            }
            transitions.move(ScoringLifecycles.ROUND, round, RoundStatus.REVIEWING, change.reason());
            loaded.sheets().stream().filter(s -> s.status == SheetStatus.SELF_SUBMITTED)
                    .forEach(s -> sheets.move(s, SheetStatus.IN_REVIEW, null));
        } else {
            List<String> unsubmitted = loaded.sheets().stream()
                    .filter(s -> s.status == SheetStatus.DRAFT || s.status == SheetStatus.SELF_SUBMITTED).map(s -> s.round.unitName(s.unit)).toList();
            if (!unsubmitted.isEmpty()) {
                throw DomainException.conflict("SCORING_SHEETS_NOT_IN_REVIEW", Text.of(
                        "Chưa kết thúc chấm chéo được: bảng của {0} chưa nộp hoặc chưa được chấm chéo.",
                        "Review cannot close: the sheets of {0} are not submitted or not in review.").with(String.join("; ", unsubmitted)));
            }
            List<String> pending = loaded.sheets().stream().flatMap(s -> s.reviews.stream().filter(r -> r.status != ReviewStatus.SUBMITTED)
                    .map(r -> round.unitName(r.reviewerUnit) + " → " + round.unitName(s.unit))).toList();
            if (!pending.isEmpty()) {
                throw DomainException.conflict("SCORING_REVIEWS_PENDING", Text.of(
                        "Chưa kết thúc chấm chéo được: còn {0} phần chấm chưa nộp ({1}).",
                        "Review cannot close: {0} reviews are not submitted ({1}).").with(pending.size(), String.join("; ", pending)));
            }
            transitions.move(ScoringLifecycles.ROUND, round, RoundStatus.REVIEW_CLOSED, change.reason());
        }
        return versioned(loaded);
    }

    /** Replaces the reviewers of the sheets the plan names (round robin: every sheet); scored reviews stay. */
    @Transactional
    public Versioned<ScoringRoundData> assignReviewers(long id, IfMatch ifMatch, ReviewerPlan plan) {
        Loaded loaded = loadForWrite(id, ifMatch);
        ScoringRound round = loaded.round();
        if (round.status == RoundStatus.REVIEW_CLOSED) {
            throw DomainException.conflict("SCORING_REVIEW_CLOSED", Text.of(
                    "Đã kết thúc chấm chéo; không phân công lại được.", "Review is closed; reviewers no longer change."));
        }
        Map<Long, List<Long>> wanted = plan.mode() == ReviewerPlan.Mode.ROUND_ROBIN ? roundRobin(loaded, plan)
                : chosen(loaded, plan);
        Map<Long, ScoreSheet> byId = loaded.sheets().stream().collect(Collectors.toMap(s -> s.id, s -> s));
        List<ScoreReview> added = new ArrayList<>();
        for (var entry : wanted.entrySet()) {
            ScoreSheet s = byId.get(entry.getKey());
            Set<Long> target = new LinkedHashSet<>(entry.getValue());
            for (ScoreReview r : new ArrayList<>(s.reviews)) {
                if (target.remove(r.reviewerUnit.id)) {
                    continue;
                }
                if (!r.entries.isEmpty() || r.status == ReviewStatus.SUBMITTED) {
                    throw DomainException.conflict("SCORING_REVIEW_HAS_SCORES", Text.of(
                            "{0} đã chấm bảng của {1}; không bỏ phân công này được.",
                            "{0} has scored the sheet of {1}; this assignment stays.").with(round.unitName(r.reviewerUnit), round.unitName(s.unit)));
                }
                s.reviews.remove(r);
                audit.deleted(r, r.snapshot().map(), null);
            }
            for (Long reviewer : target) {
                ScoreReview r = new ScoreReview();
                r.sheet = s;
                r.scoredUnit = s.unit;
                r.reviewerUnit = repository.em().getReference(Unit.class, reviewer);
                s.reviews.add(r);
                repository.em().persist(r);
                added.add(r);
            }
        }
        repository.em().flush(); // one flush for the plan: the new reviews get their ids
        added.forEach(r -> audit.created(r, r.snapshot().map()));
        for (ScoreSheet s : loaded.sheets()) {
            if (round.status == RoundStatus.REVIEWING && s.status == SheetStatus.SELF_SUBMITTED && !s.reviews.isEmpty()) {
                sheets.move(s, SheetStatus.IN_REVIEW, null);
            }
        }
        round.updatedAt = clock.instant(); // the round's ETag moves with its plan
        repository.em().flush();
        return versioned(new Loaded(round, loaded.party(), repository.sheets(round.id)));
    }

    /** Consolidates every sheet under review at once (the review closed, no explanation outstanding). */
    @Transactional
    public Versioned<ScoringRoundData> consolidateAll(long id, IfMatch ifMatch) {
        Loaded loaded = loadForWrite(id, ifMatch);
        if (!loaded.round().reviewClosed()) {
            throw DomainException.conflict("SCORING_REVIEW_NOT_CLOSED", Text.of(
                    "Chỉ tổng hợp điểm sau khi kết thúc chấm chéo.", "Scores are consolidated only once review is closed."));
        }
        List<String> waiting = loaded.sheets().stream().filter(s -> s.status == SheetStatus.EXPLANATION_REQUESTED)
                .map(s -> s.round.unitName(s.unit)).toList();
        if (!waiting.isEmpty()) {
            throw DomainException.conflict("SCORING_EXPLANATIONS_PENDING", Text.of(
                    "Còn chờ giải trình của: {0}.", "Explanations are still awaited from: {0}.").with(String.join("; ", waiting)));
        }
        List<ScoreSheet> due = loaded.sheets().stream()
                .filter(s -> s.status == SheetStatus.IN_REVIEW || s.status == SheetStatus.EXPLAINED).toList();
        var given = repository.reviewPoints(due.stream().map(s -> s.id).toList());
        for (ScoreSheet s : due) {
            consolidation.apply(s, given.getOrDefault(s.id, Map.of()));
            sheets.move(s, SheetStatus.CONSOLIDATED, null);
        }
        return versioned(loaded);
    }

    /** Every consolidated sheet becomes FINAL (immutable). */
    @Transactional
    public Versioned<ScoringRoundData> finalizeAll(long id, IfMatch ifMatch) {
        Loaded loaded = loadForWrite(id, ifMatch);
        List<ScoreSheet> ready = loaded.sheets().stream().filter(s -> s.status == SheetStatus.CONSOLIDATED).toList();
        if (ready.isEmpty()) {
            throw DomainException.conflict("SCORING_NOTHING_TO_FINALIZE", Text.of(
                    "Không có bảng nào đã tổng hợp để chốt.", "No consolidated sheet to finalise."));
        }
        ready.forEach(s -> sheets.move(s, SheetStatus.FINAL, null));
        return versioned(loaded);
    }

    // ── reviewer plans ──────────────────────────────────────────────────────────────────────

    /** Sheet i (units in name order) is reviewed by the units of the next N sheets, wrapping around. */
    private static Map<Long, List<Long>> roundRobin(Loaded loaded, ReviewerPlan plan) {
        List<ScoreSheet> order = loaded.sheets();
        int n = plan.reviewersPerSheet() == null ? 1 : plan.reviewersPerSheet();
        if (n > order.size() - 1) {
            throw DomainException.rule("SCORING_TOO_MANY_REVIEWERS", Text.of(
                    "Khối có {0} đơn vị nên mỗi bảng có nhiều nhất {1} đơn vị chấm chéo.",
                    "The bloc has {0} units, so a sheet has at most {1} reviewers.").with(order.size(), order.size() - 1),
                    "reviewersPerSheet");
        }
        Map<Long, List<Long>> plan2 = new java.util.LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            List<Long> reviewers = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                reviewers.add(order.get((i + k) % order.size()).unit.id);
            }
            plan2.put(order.get(i).id, reviewers);
        }
        return plan2;
    }

    private static Map<Long, List<Long>> chosen(Loaded loaded, ReviewerPlan plan) {
        if (plan.assignments() == null || plan.assignments().isEmpty()) {
            throw DomainException.rule("SCORING_ASSIGNMENTS_MISSING", Text.of(
                    "Hãy chọn đơn vị chấm cho ít nhất một bảng.", "Choose the reviewers of at least one sheet."), "assignments");
        }
        Map<Long, ScoreSheet> byId = loaded.sheets().stream().collect(Collectors.toMap(s -> s.id, s -> s));
        Set<Long> members = loaded.party().memberUnitIds();
        Map<Long, List<Long>> wanted = new java.util.LinkedHashMap<>();
        for (int i = 0; i < plan.assignments().size(); i++) {
            ReviewerPlan.SheetReviewers a = plan.assignments().get(i);
            String field = "assignments[" + i + "]";
            ScoreSheet s = Optional.ofNullable(byId.get(a.sheetId())).orElseThrow(() -> DomainException.rule("SCORING_SHEET_UNKNOWN",
                    Text.of("Bảng chấm mã {0} không thuộc đợt chấm này.", "Sheet {0} is not in this round.").with(a.sheetId()),
                    field + ".sheetId"));
            if (wanted.containsKey(s.id)) {
                throw DomainException.rule("SCORING_SHEET_TWICE", Text.of("Bảng của {0} được phân công hai lần.",
                        "The sheet of {0} is assigned twice.").with(s.round.unitName(s.unit)), field + ".sheetId");
            }
            Set<Long> seen = new HashSet<>();
            for (int j = 0; j < a.reviewerUnitIds().size(); j++) {
                Long u = a.reviewerUnitIds().get(j);
                String f = field + ".reviewerUnitIds[" + j + "]";
                if (u.equals(s.unit.id)) {
                    throw DomainException.rule("SCORING_REVIEWER_SELF", Text.of(
                            "Đơn vị không tự chấm chéo bảng của chính mình ({0}).", "A unit never reviews its own sheet ({0}).")
                            .with(s.round.unitName(s.unit)), f);
                }
                if (!members.contains(u)) {
                    throw DomainException.rule("SCORING_REVIEWER_NOT_MEMBER", Text.of(
                            "Đơn vị mã {0} không phải thành viên của khối năm nay.", "Unit {0} is not a member of the bloc this year.")
                            .with(u), f);
                }
                if (!seen.add(u)) {
                    throw DomainException.rule("SCORING_REVIEWER_TWICE", Text.of(
                            "Một đơn vị được chọn hai lần cho bảng của {0}.", "A reviewer is chosen twice for the sheet of {0}.")
                            .with(s.round.unitName(s.unit)), f);
                }
            }
            wanted.put(s.id, a.reviewerUnitIds());
        }
        return wanted;
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    private Versioned<ScoringRoundData> versioned(Loaded loaded) {
        ScoringRoundData data = data(loaded, seesDeviations(loaded.party())
                ? repository.deviatingCriteria(loaded.round().id, loaded.round().deviationThreshold) : null);
        return etags.versioned(data, data.shared());
    }

    /** As on a sheet's own page ({@link SheetViewer#seesDeviations}): those who consolidate, and the Board. */
    private static boolean seesDeviations(TermParty party) {
        return party.isBoard() || party.manages();
    }

    /** {@code deviations} per sheet id, or null when the caller may not see them. */
    private ScoringRoundData data(Loaded loaded, Map<Long, Integer> deviations) {
        ScoringRound r = loaded.round();
        TermParty party = loaded.party();
        Long own = party.ownMemberUnit().orElse(null);
        boolean managerView = party.manages();
        List<ScoringRoundData.SheetSummary> items = loaded.sheets().stream().map(s -> {
            boolean mine = s.unit.id.equals(own);
            Optional<ScoreReview> myReview = own == null ? Optional.empty()
                    : s.reviews.stream().filter(v -> v.reviewerUnit.id.equals(own)).findFirst();
            boolean totals = party.isBoard() || mine || (managerView && s.round.reviewClosed());
            List<SheetData.Reviewer> reviewers = managerView || mine ? s.reviews.stream().map(v -> SheetViews.reviewer(v, r)).toList()
                    : myReview.map(v -> List.of(SheetViews.reviewer(v, r))).orElse(List.of());
            return new ScoringRoundData.SheetSummary(s.id, s.unit.id, r.unitName(s.unit), s.status, s.late, s.submittedAt,
                    totals ? s.selfTotal : null, totals ? s.finalTotal : null, reviewers, mine, myReview.map(v -> v.id).orElse(null),
                    deviations == null ? null : deviations.getOrDefault(s.id, 0));
        }).toList();
        boolean writes = party.managesOpenYear();
        boolean anyUnderReview = loaded.sheets().stream().anyMatch(s -> s.status == SheetStatus.IN_REVIEW || s.status == SheetStatus.EXPLAINED);
        return new ScoringRoundData(r.id, r.term.id, r.term.year, r.term.bloc.name, r.scheme.id, r.scheme.title, r.scheme.versionNo,
                r.status, r.selfDeadline, r.aggregation, r.deviationThreshold, items, r.version,
                Permissions.builder().allow("ASSIGN_REVIEWERS", writes && r.status != RoundStatus.REVIEW_CLOSED)
                        .allow("START_REVIEW", writes && r.status == RoundStatus.SELF_SCORING)
                        .allow("CLOSE_REVIEW", writes && r.status == RoundStatus.REVIEWING)
                        .allow("CONSOLIDATE_ALL", writes && r.reviewClosed() && anyUnderReview)
                        .allow("FINALIZE_ALL", writes && loaded.sheets().stream().anyMatch(s -> s.status == SheetStatus.CONSOLIDATED))
                        .list());
    }

    static DomainException alreadyOpen() {
        return DomainException.conflict("SCORING_ALREADY_OPEN", Text.of(
                "Năm thi đua này đã mở chấm điểm.", "Scoring is already open for this term."));
    }

    static DomainException notFound() {
        return DomainException.notFound("SCORING_NOT_FOUND", Text.of(
                "Năm thi đua này chưa mở chấm điểm.", "Scoring is not open for this term."));
    }
}
