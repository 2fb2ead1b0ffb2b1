package vn.thidua.ranking;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.lineage.LineageGraph;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.scheme.Scheme;
import vn.thidua.scheme.SchemeGroup;
import vn.thidua.sheet.ScoreEntry;
import vn.thidua.sheet.ScoreSheet;
import vn.thidua.sheet.ScoringRound;
import vn.thidua.sheet.SheetCalculation;
import vn.thidua.sheet.SheetStatus;
import vn.thidua.term.Term;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;
import vn.thidua.unit.UnitSuccessionRepository;

/**
 * A scoring round's ranking. The term's managers compute it once the round's review is closed and every
 * sheet is FINAL (and recompute it while DRAFT: the lot's seed, drawn once, is kept), record the members'
 * votes for tied units that reached MEMBER_VOTE, confirm it (no vote missing) and publish it. Before
 * publication only the Board and the term's managers see it (the Board's reads are audited); everyone else,
 * members included, gets 404 as for a missing one; once PUBLISHED it is public, also without a token.
 */
@ApplicationScoped
@Traced
public class RankingService {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    TermAccess access;

    @Inject
    ProvinceScope scope;

    @Inject
    RankingLifecycle lifecycle;

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
    UnitSuccessionRepository successions;

    /** A ranking with the caller's part in its term (null for the public read). */
    public record Loaded(Ranking ranking, TermParty party) {
        public Term term() {
            return ranking.round.term;
        }
    }

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public Versioned<RankingData> ofRound(long roundId) {
        ScoringRound round = round(roundId);
        Ranking r = byRound(round.id).orElseThrow(RankingService::notFound);
        return versioned(visible(r, access.of(round.term)));
    }

    @ReadOnly
    public Versioned<RankingData> get(long id) {
        return versioned(load(id));
    }

    /** The public read: PUBLISHED only (404 otherwise, as for a missing id); no caller, no permissions. */
    @ReadOnly
    public Versioned<RankingData> published(long id) {
        Ranking r = Optional.ofNullable(em.find(Ranking.class, id)).filter(found -> found.status == RankingStatus.PUBLISHED)
                .orElseThrow(RankingService::notFound);
        RankingData data = data(new Loaded(r, null)).shared();
        return etags.versioned(data, data);
    }

    /** A ranking the caller may see (the Board's read of an unpublished one audited). */
    @Transactional
    public Loaded load(long id) {
        Ranking r = Optional.ofNullable(em.find(Ranking.class, id)).filter(found -> scope.sees(found.round.term.bloc.provinceId))
                .orElseThrow(RankingService::notFound);
        return visible(r, access.of(r.round.term));
    }

    private Loaded visible(Ranking r, TermParty party) {
        if (r.status != RankingStatus.PUBLISHED && !party.manages()) {
            throw notFound();
        }
        if (r.status != RankingStatus.PUBLISHED && party.isBoard()) {
            audit.read(r, "Ban Thi đua - Khen thưởng xem kết quả xếp hạng chưa công bố / the Board read an unpublished ranking");
        }
        return new Loaded(r, party);
    }

    // ── writes ──────────────────────────────────────────────────────────────────────────────

    /** Computes the round's ranking, or recomputes it while DRAFT (If-Match of the ranking then). */
    @Transactional
    public Versioned<RankingData> compute(long roundId, String ifMatchHeader) {
        ScoringRound round = round(roundId);
        TermParty party = requireWrite(access.of(round.term));
        em.lock(round, LockModeType.PESSIMISTIC_WRITE);
        Optional<Ranking> existing = byRound(round.id);
        if (existing.isPresent()) {
            Ranking r = existing.get();
            IfMatch ifMatch = IfMatch.parse(ifMatchHeader);
            requireDraft(r);
            ifMatch.require(etags.of(data(new Loaded(r, party)).shared()));
        }
        if (!round.reviewClosed()) {
            throw DomainException.conflict("RANKING_ROUND_NOT_CLOSED", Text.of(
                    "Đợt chấm điểm đang ở bước “{0}”; chỉ xếp hạng được khi đã kết thúc chấm chéo.",
                    "The scoring round is “{0}”; a ranking is computed once the review is closed.").with(round.status));
        }
        List<RankingCalculator.Entry> entries = entries(round);
        Map<Long, LastYear> lastYear = lastYear(round.term, entries.stream().map(RankingCalculator.Entry::unitId).toList());
        Ranking r;
        if (existing.isPresent()) {
            r = existing.get();
            var before = r.snapshot().map();
            r.computedAt = clock.instant();
            rebuild(r, entries, lastYear);
            Set<Long> reached = r.rows.stream().filter(row -> row.voteReached).map(row -> row.unit.id).collect(Collectors.toSet());
            if (r.votes.removeIf(v -> !reached.contains(v.unit.id))) {
                em.flush();
                rebuild(r, entries, lastYear);
            }
            audit.updated(r, before, r.snapshot().map(), "Tính lại / recomputed");
        } else {
            r = new Ranking();
            r.round = round;
            r.lotSeed = SEEDS.nextLong();
            r.computedAt = clock.instant();
            Ranking created = r;
            UniqueKeys.guard(em, () -> {
                em.persist(created);
                em.flush();
            }, Map.of("uk_ranking_round", () -> DomainException.conflict("RANKING_ALREADY_COMPUTED", Text.of(
                    "Kết quả xếp hạng của đợt chấm này vừa được tính; hãy tải lại.",
                    "This round's ranking was just computed; reload."))));
            rebuild(r, entries, lastYear);
            audit.created(r, r.snapshot().map());
        }
        return versioned(new Loaded(r, party));
    }

    @Transactional
    public Versioned<RankingData> recordTieVotes(long id, IfMatch ifMatch, TieVotesInput input) {
        Loaded loaded = loadForWrite(id, ifMatch);
        Ranking r = loaded.ranking();
        requireDraft(r);
        Map<Long, RankingRow> byUnit = r.rows.stream().collect(Collectors.toMap(row -> row.unit.id, row -> row));
        Map<Long, Integer> given = new LinkedHashMap<>();
        for (int i = 0; i < input.votes().size(); i++) {
            TieVotesInput.Vote v = input.votes().get(i);
            RankingRow row = byUnit.get(v.unitId());
            if (row == null || !row.voteReached) {
                throw DomainException.rule("RANKING_TIE_VOTE_NOT_TIED", Text.of(
                        "Chỉ ghi phiếu biểu quyết cho các đơn vị bằng điểm đã đến bước biểu quyết{0}.",
                        "Votes are recorded only for tied units whose tie reached the members' vote{0}.")
                        .with(row == null ? "" : " (" + row.unit.code + ")"), "votes[" + i + "].unitId");
            }
            if (given.put(v.unitId(), v.votes()) != null) {
                throw DomainException.rule("RANKING_TIE_VOTE_TWICE", Text.of(
                        "Mỗi đơn vị chỉ ghi số phiếu một lần ({0}).", "Each unit's votes are given once ({0}).")
                        .with(row.unit.code), "votes[" + i + "].unitId");
            }
        }
        var before = r.snapshot().map();
        Map<Long, RankingTieVote> existing = r.votes.stream().collect(Collectors.toMap(v -> v.unit.id, v -> v));
        given.forEach((unitId, votes) -> {
            RankingTieVote v = existing.get(unitId);
            if (v == null) {
                v = new RankingTieVote();
                v.ranking = r;
                v.unit = byUnit.get(unitId).unit;
                r.votes.add(v);
            }
            v.votes = votes;
        });
        List<RankingCalculator.Entry> entries = r.rows.stream().map(row -> new RankingCalculator.Entry(row.unit.id, row.totals())).toList();
        Map<Long, LastYear> lastYear = r.rows.stream().filter(row -> row.lastYearPosition != null)
                .collect(Collectors.toMap(row -> row.unit.id, row -> new LastYear(row.lastYearPosition, row.lastYearTotal)));
        rebuild(r, entries, lastYear);
        audit.updated(r, before, r.snapshot().map(), "Ghi phiếu biểu quyết khi bằng điểm / tie votes recorded");
        return versioned(loaded);
    }

    @Transactional
    public Versioned<RankingData> changeStatus(long id, IfMatch ifMatch, RankingStatusChange change) {
        Loaded loaded = loadForWrite(id, ifMatch);
        Ranking r = loaded.ranking();
        lifecycle.of().check(r, r.status, change.status(), null);
        if (change.status() == RankingStatus.CONFIRMED) {
            r.confirmedAt = clock.instant();
        } else if (change.status() == RankingStatus.PUBLISHED) {
            r.publishedAt = clock.instant();
        }
        transitions.move(lifecycle.of(), r, change.status(), null);
        return versioned(loaded);
    }

    private Loaded loadForWrite(long id, IfMatch ifMatch) {
        Loaded loaded = load(id);
        requireWrite(loaded.party());
        em.lock(loaded.ranking(), LockModeType.PESSIMISTIC_WRITE);
        ifMatch.require(etags.of(data(loaded).shared()));
        return loaded;
    }

    private static TermParty requireWrite(TermParty party) {
        party.requireManage();
        TermGuard.requireOpen(party.term());
        return party;
    }

    private static void requireDraft(Ranking r) {
        if (r.status != RankingStatus.DRAFT) {
            throw DomainException.conflict("RANKING_FROZEN", Text.of(
                    "Kết quả xếp hạng đang ở bước “{0}”; chỉ tính lại hoặc ghi phiếu biểu quyết được khi còn là dự thảo.",
                    "The ranking is “{0}”; it is recomputed or given tie votes only while a draft.").with(r.status));
        }
    }

    // ── computing ───────────────────────────────────────────────────────────────────────────

    record LastYear(Integer position, BigDecimal total) {
    }

    /** Every sheet's totals from its final points under the round's scheme (422 while a sheet is not FINAL). */
    private List<RankingCalculator.Entry> entries(ScoringRound round) {
        List<ScoreSheet> sheets = em.createQuery("select s from ScoreSheet s join fetch s.unit where s.round = :round order by s.id",
                ScoreSheet.class).setParameter("round", round).getResultList();
        units.fetchNames(sheets.stream().map(s -> s.unit).toList());
        LocalDate asOf = round.term.lastDay();
        List<String> notFinal = sheets.stream().filter(s -> s.status != SheetStatus.FINAL)
                .map(s -> UnitRef.of(s.unit, asOf).name() + " (" + s.status.label().vi() + ")").toList();
        if (sheets.isEmpty() || !notFinal.isEmpty()) {
            throw DomainException.rule("RANKING_SHEETS_NOT_FINAL", Text.of(
                    "Chỉ xếp hạng được khi mọi bảng chấm điểm của đợt đã có điểm chính thức; còn: {0}.",
                    "A ranking needs every sheet of the round final; not yet: {0}.")
                    .with(sheets.isEmpty() ? "chưa có bảng chấm nào / no sheet" : String.join(", ", notFinal)), "roundId");
        }
        Scheme scheme = round.scheme;
        Map<Long, Map<Long, ScoreEntry>> entries = new HashMap<>();
        em.createQuery("select e from ScoreEntry e where e.sheet.round = :round", ScoreEntry.class).setParameter("round", round)
                .getResultList().forEach(e -> entries.computeIfAbsent(e.sheet.id, k -> new HashMap<>()).put(e.criterion.id, e));
        return sheets.stream().map(s -> new RankingCalculator.Entry(s.unit.id,
                SheetCalculation.finalTotals(scheme, s, entries.getOrDefault(s.id, Map.of())))).toList();
    }

    private void rebuild(Ranking r, List<RankingCalculator.Entry> entries, Map<Long, LastYear> lastYear) {
        Scheme scheme = r.round.scheme;
        String firstGroup = scheme.groups.stream().filter(g -> g.criteria.stream().anyMatch(c -> c.kind.countsTowardsMaxima()))
                .map(g -> g.code).findFirst().orElse(null);
        Map<Long, Integer> votes = r.votes.stream().collect(Collectors.toMap(v -> v.unit.id, v -> v.votes));
        List<RankingCalculator.Ranked> ranked = RankingCalculator.rank(entries, scheme.tieBreakChain(), firstGroup, votes, r.lotSeed);
        r.rows.clear();
        em.flush(); // the old rows go before the new ones take their positions
        for (RankingCalculator.Ranked k : ranked) {
            RankingRow row = new RankingRow();
            row.ranking = r;
            row.unit = em.getReference(Unit.class, k.unitId());
            row.position = k.position();
            row.total = k.totals().total();
            row.counted = k.totals().counted();
            row.bonus = k.totals().bonus();
            row.penalty = k.totals().penalty();
            row.groupPoints = new LinkedHashMap<>(k.totals().groups());
            row.disqualified = k.disqualified();
            row.decidedBy = k.decidedBy();
            row.voteReached = k.voteReached();
            row.needsVote = k.needsVote();
            LastYear last = lastYear.get(k.unitId());
            row.lastYearPosition = last == null ? null : last.position();
            row.lastYearTotal = last == null ? null : last.total();
            r.rows.add(row);
        }
        em.flush();
    }

    /**
     * Last year's place of each unit: the bloc's previous-year term's PUBLISHED ranking, a unit matched with
     * itself and every unit it succeeded (a merged unit's predecessors count); of several, the best placed.
     */
    private Map<Long, LastYear> lastYear(Term term, List<Long> unitIds) {
        List<RankingRow> previous = em.createQuery("select rr from RankingRow rr where rr.ranking.status = :published"
                + " and rr.ranking.round.term.bloc.id = :bloc and rr.ranking.round.term.year = :year", RankingRow.class)
                .setParameter("published", RankingStatus.PUBLISHED).setParameter("bloc", term.bloc.id).setParameter("year", term.year - 1)
                .getResultList();
        if (previous.isEmpty()) {
            return Map.of();
        }
        LineageGraph<Long> graph = successions.liveGraph();
        Map<Long, RankingRow> byUnit = previous.stream().collect(Collectors.toMap(row -> row.unit.id, row -> row));
        Map<Long, LastYear> result = new HashMap<>();
        for (Long unitId : unitIds) {
            graph.withAncestors(unitId).stream().map(byUnit::get).filter(java.util.Objects::nonNull)
                    .min(Comparator.comparingInt(row -> row.position))
                    .ifPresent(row -> result.put(unitId, new LastYear(row.position, row.total)));
        }
        return result;
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    private ScoringRound round(long roundId) {
        return Optional.ofNullable(em.find(ScoringRound.class, roundId)).filter(r -> scope.sees(r.term.bloc.provinceId))
                .orElseThrow(() -> DomainException.notFound("RANKING_ROUND_NOT_FOUND",
                        Text.of("Không tìm thấy đợt chấm điểm.", "Scoring round not found.")));
    }

    private Optional<Ranking> byRound(long roundId) {
        return em.createQuery("select r from Ranking r where r.round.id = :round", Ranking.class).setParameter("round", roundId)
                .getResultStream().findFirst();
    }

    private Versioned<RankingData> versioned(Loaded loaded) {
        RankingData data = data(loaded);
        return etags.versioned(data, data.shared());
    }

    public RankingData data(Loaded loaded) {
        Ranking r = loaded.ranking();
        ScoringRound round = r.round;
        Term term = round.term;
        Scheme scheme = round.scheme;
        LocalDate asOf = term.lastDay();
        units.fetchNames(r.rows.stream().map(row -> row.unit).toList());
        Map<Long, Integer> votes = r.votes.stream().collect(Collectors.toMap(v -> v.unit.id, v -> v.votes));
        // the groups that carry counted points (a group of bonus and penalty items only is shown as those)
        List<RankingGroupData> groups = scheme.groups.stream().filter(g -> g.criteria.stream().anyMatch(c -> c.kind.countsTowardsMaxima()))
                .map(RankingService::group).toList();
        Set<String> shown = groups.stream().map(RankingGroupData::code).collect(Collectors.toSet());
        List<RankingRowData> rows = r.rows.stream().map(row -> new RankingRowData(row.position, UnitRef.of(row.unit, asOf), row.total,
                row.counted, row.bonus, row.penalty,
                row.groupPoints.entrySet().stream().filter(e -> shown.contains(e.getKey())).map(e -> new RankingRowData.RankingGroupPoints(e.getKey(), e.getValue())).toList(),
                row.disqualified, row.decidedBy, row.voteReached, row.needsVote, row.voteReached ? votes.get(row.unit.id) : null,
                row.lastYearPosition, row.lastYearTotal)).toList();
        List<String> permissions = null;
        if (loaded.party() != null) {
            boolean writes = loaded.party().managesOpenYear();
            boolean draft = r.status == RankingStatus.DRAFT;
            permissions = Permissions.builder().allow("COMPUTE", writes && draft)
                    .allow("RECORD_TIE_VOTES", writes && draft && r.rows.stream().anyMatch(row -> row.voteReached))
                    .allow("CONFIRM", writes && draft && !r.needsVote())
                    .allow("PUBLISH", writes && r.status == RankingStatus.CONFIRMED).list();
        }
        return new RankingData(r.id, round.id, term.id, term.year, term.bloc.name, scheme.id, scheme.totalPoints, scheme.scoreFloor,
                scheme.tieBreakChain(), r.status, r.computedAt, r.confirmedAt, r.publishedAt, groups, rows, r.needsVote(), r.version,
                permissions);
    }

    private static RankingGroupData group(SchemeGroup g) {
        return new RankingGroupData(g.code, g.title, g.maxPoints);
    }

    static DomainException notFound() {
        return DomainException.notFound("RANKING_NOT_FOUND", Text.of("Không tìm thấy kết quả xếp hạng.", "Ranking not found."));
    }
}
