package vn.thidua.vote;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.conference.Conference;
import vn.thidua.conference.ConferenceQuorum;
import vn.thidua.conference.ConferenceService;
import vn.thidua.conference.ConferenceStatus;
import vn.thidua.term.LeaderBallots;
import vn.thidua.term.LeaderSelection;
import vn.thidua.term.Term;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;
import vn.thidua.term.TermRules;
import vn.thidua.term.TermService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * A term's votes. The term's managers (the chair: leader or deputy officer, or the Board) set a vote up
 * while DRAFT, open it (candidates eligible, quorum of the conference's attendance), close it, tally it
 * (a separate step: no counts exist before), certify it (firing {@link VoteCertified}) and publish the
 * round's result (a separate step again, acknowledging what it would reveal). Member units cast through
 * {@link BallotBox}; the Board may void a vote with a reason. Before publication the counts are the
 * chair's and the Board's only, the ballots nobody's; readers outside the bloc see published votes only.
 */
@ApplicationScoped
@Traced
public class VoteService {

    public static final String PATH = "/api/v1/votes";

    @Inject
    EntityManager em;

    @Inject
    TermAccess access;

    @Inject
    TermService terms;

    @Inject
    ProvinceScope scope;

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
    ConferenceService conferences;

    @Inject
    VoteEligibility eligibility;

    @Inject
    BallotBox box;

    @Inject
    VoteDocuments documents;

    @Inject
    Event<VoteCertified> certified;

    /** A vote with its rounds (in order) and the caller's part in its term (null for the public read). */
    public record Loaded(Vote vote, List<VoteRound> rounds, TermParty party) {
        public VoteRound current() {
            return rounds.get(vote.currentRound - 1);
        }
    }

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public VotePage list(long termId, PageRequest page) {
        TermParty party = access.of(termId);
        List<Vote> all = em.createQuery("select v from Vote v where v.term.id = :term order by v.id", Vote.class)
                .setParameter("term", termId).getResultList();
        if (!party.insider()) {
            Set<Long> published = new HashSet<>(em.createQuery("select distinct r.vote.id from VoteRound r where r.vote.term.id = :term"
                    + " and r.publishedAt is not null", Long.class).setParameter("term", termId).getResultList());
            all = all.stream().filter(v -> published.contains(v.id)).toList();
        }
        int from = Math.min(all.size(), page.page() * page.size());
        List<VoteSummary> items = all.subList(from, Math.min(all.size(), from + page.size())).stream()
                .map(v -> new VoteSummary(v.id, v.conference.id, v.kind, v.leadershipSeats, v.award, v.method, v.title, v.seats,
                        v.status, v.currentRound)).toList();
        return new VotePage(items, page.page(), page.size(), all.size(),
                Permissions.builder().allow("CREATE", party.managesOpenYear()).list());
    }

    @ReadOnly
    public Versioned<VoteData> get(long id) {
        Loaded loaded = load(id);
        if (loaded.party().isBoard() && loaded.rounds().stream().anyMatch(r -> r.talliedAt != null && r.publishedAt == null)) {
            audit.read(loaded.vote(), "Ban Thi đua - Khen thưởng xem kết quả kiểm phiếu chưa công bố / the Board read an unpublished tally");
        }
        return versioned(loaded);
    }

    /** The public read: a CERTIFIED vote whose result is published (404 otherwise, as for a missing id). */
    @ReadOnly
    public Versioned<VoteData> published(long id) {
        Vote v = Optional.ofNullable(em.find(Vote.class, id)).filter(found -> found.status == VoteStatus.CERTIFIED)
                .orElseThrow(VoteService::notFound);
        List<VoteRound> rounds = rounds(v.id);
        if (rounds.get(v.currentRound - 1).publishedAt == null) {
            throw notFound();
        }
        VoteData data = data(new Loaded(v, rounds, null));
        return etags.versioned(data, data.tagged());
    }

    /** A vote the caller may read: any of its term's for the bloc and the Board, published ones for readers. */
    public Loaded load(long id) {
        Vote v = Optional.ofNullable(em.find(Vote.class, id)).filter(found -> scope.sees(found.term.bloc.provinceId))
                .orElseThrow(VoteService::notFound);
        TermParty party = access.of(v.term);
        List<VoteRound> rounds = rounds(v.id);
        if (!party.insider() && rounds.stream().noneMatch(r -> r.publishedAt != null)) {
            throw notFound();
        }
        return new Loaded(v, rounds, party);
    }

    // ── writes ──────────────────────────────────────────────────────────────────────────────

    @Transactional
    public Versioned<VoteData> create(long termId, VoteInput input) {
        Term term = terms.find(termId);
        TermParty party = access.of(term);
        requireManage(party);
        Vote v = new Vote();
        v.term = term;
        apply(v, party, input);
        em.persist(v);
        VoteRound first = newRound(v, 1, RoundKind.FIRST, v.seats);
        em.persist(first);
        em.flush();
        audit.created(v, v.snapshot().map());
        return versioned(new Loaded(v, List.of(first), party));
    }

    @Transactional
    public Versioned<VoteData> update(long id, IfMatch ifMatch, VoteInput input) {
        Loaded loaded = loadForWrite(id, ifMatch, l -> requireManage(l.party()));
        Vote v = loaded.vote();
        if (v.status != VoteStatus.DRAFT || v.currentRound != 1) {
            throw DomainException.conflict("VOTE_NOT_DRAFT", Text.of(
                    "Cuộc bỏ phiếu đang ở bước “{0}”; chỉ sửa được khi còn là dự thảo, trước vòng đầu.",
                    "The vote is “{0}”; it is edited only as a draft, before its first round.").with(v.status));
        }
        var before = v.snapshot().map();
        apply(v, loaded.party(), input);
        loaded.current().seats = v.seats;
        em.flush();
        audit.updated(v, before, v.snapshot().map(), null);
        return versioned(loaded);
    }

    @Transactional
    public Versioned<VoteData> changeStatus(long id, IfMatch ifMatch, VoteStatusChange change) {
        VoteStatus requested = change.status() == VoteStatus.NO_RESULT ? VoteStatus.TALLIED : change.status();
        Loaded loaded = loadForWrite(id, ifMatch, l -> {
            if (requested == VoteStatus.VOID) {
                requireBoard(l.party());
            } else {
                requireManage(l.party());
            }
        });
        Vote v = loaded.vote();
        VoteRound round = loaded.current();
        VoteStatus target = requested;
        VoteLifecycle.LIFECYCLE.check(v, v.status, target, change.reason());
        List<VoteRound> rounds = new ArrayList<>(loaded.rounds());
        switch (target) {
            case OPEN -> open(loaded, round);
            case CLOSED -> round.closedAt = clock.instant();
            case TALLIED -> target = v.status == VoteStatus.CLOSED ? tally(loaded, round) : lot(round);
            case CERTIFIED -> round.certifiedAt = clock.instant();
            case DRAFT -> rounds.add(nextRound(v, round));
            case VOID -> v.voidReason = change.reason().trim();
            default -> {
                // NO_RESULT is reached by the tally only (mapped to TALLIED above)
            }
        }
        transitions.move(VoteLifecycle.LIFECYCLE, v, target, change.reason());
        if (target == VoteStatus.DRAFT) {
            v.currentRound = rounds.size(); // after the step, whose guard counts the rounds held so far
        }
        rounds.get(v.currentRound - 1).status = target;
        em.flush();
        Loaded after = new Loaded(v, rounds, loaded.party());
        if (target == VoteStatus.CERTIFIED) {
            certified.fire(new VoteCertified(v.subject(), elected(rounds), round.certifiedAt));
        }
        return versioned(after);
    }

    @Transactional
    public Versioned<VoteData> publish(long id, IfMatch ifMatch, PublicationInput input) {
        Loaded loaded = loadForWrite(id, ifMatch, l -> requireManage(l.party()));
        Vote v = loaded.vote();
        VoteRound round = loaded.current();
        if (round.talliedAt == null || round.publishedAt != null || v.status == VoteStatus.VOID) {
            throw DomainException.conflict("VOTE_NOTHING_TO_PUBLISH", Text.of(
                    "Vòng {0} đang ở bước “{1}”{2}; chỉ công bố được kết quả đã kiểm phiếu và chưa công bố.",
                    "Round {0} is “{1}”{2}; only a tallied result not yet published can be published.")
                    .with(round.number, v.status, round.publishedAt != null ? " (đã công bố / published)" : ""));
        }
        List<DisclosureWarning> warnings = warnings(round);
        if (!warnings.isEmpty() && !Boolean.TRUE.equals(input == null ? null : input.acknowledgeDisclosure())) {
            throw DomainException.rule("VOTE_DISCLOSURE_NOT_ACKNOWLEDGED", Text.of(
                    "Kết quả có thể làm lộ lá phiếu của từng đơn vị ({0}); công bố cần xác nhận acknowledgeDisclosure = true.",
                    "The result may reveal single units' votes ({0}); publishing needs acknowledgeDisclosure = true.")
                    .with(warnings.stream().map(DisclosureWarning::name).collect(Collectors.joining(", "))), "acknowledgeDisclosure");
        }
        round.resultSha256 = documents.sha256(documents.countingMinutes(loaded, round));
        round.publishedAt = clock.instant();
        em.flush();
        audit.record(AuditOperation.UPDATE, v, Map.of(), Map.of("published", "vòng / round " + round.number + ", SHA-256 " + round.resultSha256),
                warnings.isEmpty() ? null : "Đã xác nhận cảnh báo lộ phiếu / disclosure acknowledged: " + warnings);
        return versioned(loaded);
    }

    /** The vote for a write: the caller may read it and do this ({@code authorise}), it is locked, and If-Match names its current representation. */
    Loaded loadForWrite(long id, IfMatch ifMatch, java.util.function.Consumer<Loaded> authorise) {
        Loaded loaded = load(id);
        authorise.accept(loaded);
        em.lock(loaded.vote(), LockModeType.PESSIMISTIC_WRITE);
        ifMatch.require(etags.of(data(loaded).tagged()));
        return loaded;
    }

    private static void requireManage(TermParty party) {
        party.requireManage();
        TermGuard.requireOpen(party.term());
    }

    private static void requireBoard(TermParty party) {
        if (!party.isBoard() || !party.writesYear()) {
            party.requireManage();
            throw DomainException.forbidden("VOTE_VOID_BOARD_ONLY", Text.of(
                    "Chỉ Ban Thi đua - Khen thưởng được hủy cuộc bỏ phiếu.", "Only the Board may void a vote."));
        }
        TermGuard.requireOpen(party.term());
    }

    // ── set-up ──────────────────────────────────────────────────────────────────────────────

    private void apply(Vote v, TermParty party, VoteInput in) {
        Term term = party.term();
        TermRules rules = term.rules;
        Conference conference = em.find(Conference.class, in.conferenceId());
        if (conference == null || !conference.term.id.equals(term.id)) {
            throw DomainException.rule("VOTE_CONFERENCE_NOT_IN_TERM", Text.of(
                    "Hội nghị không thuộc năm thi đua này.", "The conference is not one of this term's."), "conferenceId");
        }
        if (conference.status == ConferenceStatus.CANCELLED) {
            throw DomainException.rule("VOTE_CONFERENCE_CANCELLED", Text.of(
                    "Hội nghị đã hủy; không bỏ phiếu tại đó được.", "The conference was cancelled; no vote is held there."), "conferenceId");
        }
        if ((in.leadershipSeats() != null) != (in.kind() == VoteKind.LEADER_ELECTION)) {
            throw DomainException.rule("VOTE_SEATS_KIND", Text.of(
                    "leadershipSeats chỉ dùng và bắt buộc khi bầu Trưởng khối, Phó trưởng khối.",
                    "leadershipSeats is required for, and only for, a leader election."), "leadershipSeats");
        }
        if ((in.award() != null) != (in.kind() == VoteKind.AWARD_VOTE)) {
            throw DomainException.rule("VOTE_AWARD_KIND", Text.of(
                    "award chỉ dùng và bắt buộc khi bình xét khen thưởng.", "award is required for, and only for, an award vote."), "award");
        }
        List<Long> candidates = in.candidateUnitIds() == null ? List.of() : in.candidateUnitIds();
        int seats;
        switch (in.kind()) {
            case LEADER_ELECTION -> {
                if (rules.leaderSelection != LeaderSelection.ELECTION) {
                    throw DomainException.rule("VOTE_LEADER_NOT_ELECTED", Text.of(
                            "Quy chế năm thi đua chọn Trưởng khối theo cách “{0}”, không bầu.",
                            "The term's rules choose the leader by “{0}”, not by election.").with(rules.leaderSelection), "kind");
                }
                boolean oneBallot = in.leadershipSeats() == LeadershipSeats.LEADER_AND_DEPUTY;
                if (oneBallot != (rules.leaderBallots == LeaderBallots.ONE_BALLOT)) {
                    throw DomainException.rule("VOTE_LEADER_BALLOTS_RULE", Text.of(
                            "Quy chế năm thi đua: “{0}”; chọn leadershipSeats cho phù hợp.",
                            "The term's rules say “{0}”; choose leadershipSeats accordingly.").with(rules.leaderBallots), "leadershipSeats");
                }
                seats = oneBallot ? 2 : 1;
            }
            case AWARD_VOTE -> {
                seats = in.award() == AwardKind.FLAG ? rules.flagQuota : rules.certificateQuota;
                if (seats < 1) {
                    throw DomainException.rule("VOTE_AWARD_NO_QUOTA", Text.of(
                            "Quy chế năm thi đua không có chỉ tiêu “{0}”.", "The term's rules have no quota for “{0}”.").with(in.award()), "award");
                }
                List<Long> ranked = eligibility.publishedRanking(term.id);
                if (ranked.isEmpty()) {
                    throw DomainException.rule("VOTE_NO_PUBLISHED_RANKING", Text.of(
                            "Bình xét khen thưởng cần kết quả xếp hạng đã công bố của năm thi đua.",
                            "An award vote needs the term's published ranking."), "kind");
                }
                if (candidates.isEmpty()) {
                    candidates = ranked;
                } else {
                    for (int i = 0; i < candidates.size(); i++) {
                        if (!ranked.contains(candidates.get(i))) {
                            throw DomainException.rule("VOTE_CANDIDATE_NOT_RANKED", Text.of(
                                    "Ứng viên bình xét phải có trong kết quả xếp hạng đã công bố (và không bị loại).",
                                    "An award candidate must be in the published ranking (and not disqualified)."), "candidateUnitIds[" + i + "]");
                        }
                    }
                }
            }
            default -> seats = in.seats() == null ? 1 : in.seats();
        }
        if (candidates.isEmpty()) {
            throw DomainException.rule("VOTE_NO_CANDIDATES", Text.of("Cần ít nhất một ứng viên.", "At least one candidate is needed."),
                    "candidateUnitIds");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Long unit = candidates.get(i);
            if (!seen.add(unit)) {
                throw DomainException.rule("VOTE_CANDIDATE_TWICE", Text.of("Mỗi ứng viên chỉ ghi một lần.", "Each candidate is listed once."),
                        "candidateUnitIds[" + i + "]");
            }
            if (!party.memberUnitIds().contains(unit)) {
                throw DomainException.rule("VOTE_CANDIDATE_NOT_MEMBER", Text.of(
                        "Ứng viên phải là đơn vị thành viên của khối trong năm thi đua.", "A candidate must be a member unit of the term."),
                        "candidateUnitIds[" + i + "]");
            }
        }
        List<VoteInput.Teller> tellers = in.tellers() == null ? List.of() : in.tellers();
        if (in.method() == VoteMethod.PAPER ? tellers.size() != 2 || tellers.get(0).username().equals(tellers.get(1).username())
                : !tellers.isEmpty()) {
            throw DomainException.rule("VOTE_TELLERS", Text.of(
                    "Bỏ phiếu giấy cần đúng hai người kiểm phiếu khác nhau; cách bỏ phiếu khác không có người kiểm phiếu.",
                    "Paper ballots need exactly two different tellers; other methods have none."), "tellers");
        }
        v.conference = conference;
        v.kind = in.kind();
        v.leadershipSeats = in.leadershipSeats();
        v.award = in.award();
        v.method = in.method();
        v.title = in.title().trim();
        v.seats = seats;
        v.teller1Username = tellers.isEmpty() ? null : tellers.get(0).username().trim();
        v.teller1Name = tellers.isEmpty() ? null : tellers.get(0).name().trim();
        v.teller2Username = tellers.isEmpty() ? null : tellers.get(1).username().trim();
        v.teller2Name = tellers.isEmpty() ? null : tellers.get(1).name().trim();
        Map<Long, VoteCandidate> existing = v.candidates.stream().collect(Collectors.toMap(c -> c.unit.id, c -> c));
        if (!existing.keySet().equals(new HashSet<>(candidates)) || !v.candidates.stream().map(c -> c.unit.id).toList().equals(candidates)) {
            v.candidates.clear();
            if (v.id != null) {
                em.flush(); // the old places go before the new ones take them
            }
            for (Long unit : candidates) {
                VoteCandidate c = new VoteCandidate();
                c.vote = v;
                c.position = v.candidates.size() + 1;
                c.unit = em.getReference(Unit.class, unit);
                v.candidates.add(c);
            }
        }
    }

    private static VoteRound newRound(Vote v, int number, RoundKind kind, int seats) {
        VoteRound r = new VoteRound();
        r.vote = v;
        r.number = number;
        r.kind = kind;
        r.seats = seats;
        return r;
    }

    // ── steps ───────────────────────────────────────────────────────────────────────────────

    /** Opens the current round: its candidates eligible, the conference's quorum reached; fixes members and present. */
    private void open(Loaded loaded, VoteRound round) {
        Vote v = loaded.vote();
        if (round.number == 1) {
            round.candidates.clear();
            em.flush();
            for (VoteCandidate c : v.candidates) {
                VoteRoundCandidate rc = new VoteRoundCandidate();
                rc.round = round;
                rc.position = c.position;
                rc.unit = c.unit;
                round.candidates.add(rc);
            }
        }
        if (v.leadershipSeats == LeadershipSeats.DEPUTY && eligibility.electedLeaders(v.term.id).isEmpty()) {
            throw DomainException.conflict("VOTE_LEADER_FIRST", Text.of(
                    "Quy chế bầu riêng: bầu Phó trưởng khối sau khi kết quả bầu Trưởng khối đã được công nhận.",
                    "Two successive ballots: the deputy is elected once the leader's election is certified."));
        }
        eligibility.require(v, loaded.party(), round.candidates.stream().map(c -> c.unit.id).toList());
        ConferenceQuorum quorum = conferences.quorumOf(v.conference.id);
        if (quorum.status() == ConferenceStatus.CANCELLED) {
            throw DomainException.rule("VOTE_CONFERENCE_CANCELLED", Text.of(
                    "Hội nghị đã hủy; không bỏ phiếu tại đó được.", "The conference was cancelled; no vote is held there."), "status");
        }
        TermRules rules = v.term.rules;
        if (!quorum.reached(rules.quorumNumerator, rules.quorumDenominator)) {
            throw DomainException.rule("VOTE_QUORUM_NOT_REACHED", Text.of(
                    "Chưa đủ số đơn vị có mặt để bỏ phiếu: {0}/{1} đơn vị, cần ít nhất {2}/{3}.",
                    "Not enough member units present to vote: {0} of {1}, at least {2}/{3} needed.")
                    .with(quorum.votingUnitIds().size(), quorum.memberUnitIds().size(), rules.quorumNumerator, rules.quorumDenominator),
                    "status");
        }
        round.members = quorum.memberUnitIds().size();
        round.present = quorum.votingUnitIds().size();
        round.openedAt = clock.instant();
    }

    /** Counts the closed round (the ballots, or the tellers' agreed hand count) and returns TALLIED or NO_RESULT. */
    private VoteStatus tally(Loaded loaded, VoteRound round) {
        Vote v = loaded.vote();
        List<Long> candidates = round.candidates.stream().map(c -> c.unit.id).toList();
        Map<Long, Integer> votes;
        Set<DisclosureWarning> warnings;
        if (v.method == VoteMethod.PAPER) {
            PaperCount agreed = box.agreedPaperCount(v, round);
            round.ballotsIssued = agreed.ballotsIssued;
            round.ballotsReceived = agreed.ballotsReceived;
            round.ballotsInvalid = agreed.ballotsInvalid;
            round.ballotsValid = agreed.ballotsReceived - agreed.ballotsInvalid;
            votes = new LinkedHashMap<>();
            Map<Long, Integer> counted = BallotBox.parseCounts(agreed.candidateVotes);
            candidates.forEach(c -> votes.put(c, counted.getOrDefault(c, 0)));
            warnings = VoteTally.disclosure(votes, round.ballotsValid, null);
        } else {
            List<List<Long>> ballots = box.choices(round.id);
            round.ballotsIssued = round.present;
            round.ballotsReceived = ballots.size();
            round.ballotsValid = ballots.size();
            round.ballotsInvalid = 0;
            votes = VoteTally.votes(candidates, ballots);
            warnings = VoteTally.disclosure(votes, round.ballotsValid, ballots);
        }
        TermRules rules = v.term.rules;
        VoteTally.Threshold threshold = new VoteTally.Threshold(rules.winningThresholdPercent, rules.winningThresholdInclusive,
                rules.winningThresholdBase);
        VoteTally.Result result = VoteTally.elect(votes, round.seats, threshold,
                threshold.baseValue(round.ballotsValid, round.present, round.members), v.leadershipSeats == LeadershipSeats.LEADER_AND_DEPUTY);
        store(round, result);
        round.disclosureWarnings = warnings.stream().map(Enum::name).collect(Collectors.joining(","));
        round.talliedAt = clock.instant();
        return result.complete() ? VoteStatus.TALLIED : VoteStatus.NO_RESULT;
    }

    /** The recorded lot after a re-vote without result: a seed drawn once and kept, the draw reproducible from it. */
    private VoteStatus lot(VoteRound round) {
        VoteTally.Result revote = stored(round);
        round.lotSeed = BallotBox.randomLong();
        store(round, VoteTally.lot(revote, round.lotSeed));
        return VoteStatus.TALLIED;
    }

    /** The next round after one without result: a runoff between the top candidates, then a re-vote of the same. */
    private VoteRound nextRound(Vote v, VoteRound previous) {
        VoteTally.Result result = stored(previous);
        List<Long> next = previous.kind == RoundKind.FIRST ? result.nextRoundCandidates()
                : result.counts().stream().filter(c -> c.electedRank() == null).map(VoteTally.Count::unitId).toList();
        VoteRound r = newRound(v, previous.number + 1, previous.kind == RoundKind.FIRST ? RoundKind.RUNOFF : RoundKind.REVOTE,
                result.unfilledSeats());
        for (Long unit : next) {
            VoteRoundCandidate rc = new VoteRoundCandidate();
            rc.round = r;
            rc.position = r.candidates.size() + 1;
            rc.unit = em.getReference(Unit.class, unit);
            r.candidates.add(rc);
        }
        em.persist(r);
        return r;
    }

    private static void store(VoteRound round, VoteTally.Result result) {
        Map<Long, VoteTally.Count> byUnit = result.counts().stream().collect(Collectors.toMap(VoteTally.Count::unitId, c -> c));
        for (VoteRoundCandidate rc : round.candidates) {
            VoteTally.Count c = byUnit.get(rc.unit.id);
            rc.votes = c.votes();
            rc.electedRank = c.electedRank();
            rc.byLot = c.byLot();
        }
    }

    /** A tallied round's result as stored. */
    static VoteTally.Result stored(VoteRound round) {
        List<VoteTally.Count> counts = round.candidates.stream().map(rc -> new VoteTally.Count(rc.unit.id, rc.position,
                rc.votes == null ? 0 : rc.votes, rc.electedRank != null, rc.electedRank, rc.byLot)).toList();
        int elected = (int) counts.stream().filter(c -> c.electedRank() != null).count();
        Map<Long, Integer> votes = new LinkedHashMap<>();
        counts.forEach(c -> votes.put(c.unitId(), c.votes()));
        List<Long> notElected = counts.stream().filter(c -> c.electedRank() == null)
                .sorted(Comparator.comparingInt((VoteTally.Count c) -> -c.votes()).thenComparingInt(VoteTally.Count::position))
                .map(VoteTally.Count::unitId).toList();
        int unfilled = round.seats - elected;
        return new VoteTally.Result(counts, unfilled, unfilled == 0 ? List.of() : VoteTally.runoff(notElected, votes, unfilled));
    }

    /** The elected units over all rounds, in order: each round's seats in rank order, earlier rounds first. */
    static List<Long> elected(List<VoteRound> rounds) {
        List<Long> out = new ArrayList<>();
        for (VoteRound r : rounds) {
            r.candidates.stream().filter(c -> c.electedRank != null).sorted(Comparator.comparingInt(c -> c.electedRank))
                    .forEach(c -> out.add(c.unit.id));
        }
        return out;
    }

    static List<DisclosureWarning> warnings(VoteRound round) {
        if (round.disclosureWarnings == null || round.disclosureWarnings.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(round.disclosureWarnings.split(",")).map(DisclosureWarning::valueOf).toList();
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    List<VoteRound> rounds(long voteId) {
        List<VoteRound> rounds = em.createQuery("select distinct r from VoteRound r left join fetch r.candidates where r.vote.id = :vote",
                VoteRound.class).setParameter("vote", voteId).getResultList();
        return rounds.stream().sorted(Comparator.comparingInt(r -> r.number)).toList();
    }

    private Versioned<VoteData> versioned(Loaded loaded) {
        VoteData data = data(loaded);
        return etags.versioned(data, data.tagged());
    }

    /** Whether the caller sees the round's counts: once published everyone who reads the vote; before, the managers once tallied. */
    static boolean showsCounts(Loaded loaded, VoteRound r) {
        return r.talliedAt != null && (r.publishedAt != null || (loaded.party() != null && loaded.party().manages()));
    }

    public VoteData data(Loaded loaded) {
        Vote v = loaded.vote();
        Term term = v.term;
        LocalDate asOf = term.lastDay();
        TermParty party = loaded.party();
        List<Unit> named = new ArrayList<>(v.candidates.stream().map(c -> c.unit).toList());
        loaded.rounds().forEach(r -> r.candidates.forEach(c -> named.add(c.unit)));
        VoteRound current = loaded.current();
        boolean manages = party != null && party.manages();
        // the chair and the Board read the register's rows (who acted for each unit); a member only which units voted
        List<VoteRegisterEntry> register = manages ? box.register(current.id) : null;
        List<Long> voted = manages ? register.stream().map(e -> e.unitId).toList()
                : party != null && party.isMember() ? box.registered(current.id) : null;
        Map<Long, Unit> unitsById = new LinkedHashMap<>();
        named.forEach(u -> unitsById.put(u.id, u));
        Set<Long> extra = new HashSet<>();
        if (voted != null && manages) {
            extra.addAll(voted);
        }
        Map<Integer, List<BallotBox.Published>> ballots = new LinkedHashMap<>();
        for (VoteRound r : loaded.rounds()) {
            if (r.publishedAt != null && v.method != VoteMethod.PAPER) {
                List<BallotBox.Published> list = box.published(r.id);
                list.stream().filter(b -> b.voterUnitId() != null).forEach(b -> extra.add(b.voterUnitId()));
                ballots.put(r.number, list);
            }
        }
        extra.removeAll(unitsById.keySet());
        if (!extra.isEmpty()) {
            units.byIds(extra).forEach(u -> unitsById.put(u.id, u));
        }
        units.fetchNames(unitsById.values());
        java.util.function.Function<Long, UnitRef> ref = id -> UnitRef.of(unitsById.get(id), asOf);

        List<VoteRoundData> rounds = new ArrayList<>();
        for (VoteRound r : loaded.rounds()) {
            boolean counts = showsCounts(loaded, r);
            List<VoteRoundData.Candidate> candidates = r.candidates.stream().map(c -> new VoteRoundData.Candidate(ref.apply(c.unit.id),
                    counts ? c.votes : null, counts ? Boolean.valueOf(reached(v, r, c)) : null,
                    counts ? c.electedRank : null, counts && c.byLot)).toList();
            List<VoteRoundData.BallotData> published = ballots.containsKey(r.number) ? ballots.get(r.number).stream()
                    .map(b -> new VoteRoundData.BallotData(b.receipt(), b.choices(), b.voterUnitId() == null ? null : ref.apply(b.voterUnitId())))
                    .toList() : null;
            List<Integer> entered = v.method == VoteMethod.PAPER && party != null && (manages || v.tellerSlot(box.callerUsername()) > 0)
                    ? box.paperSlots(r.id) : null;
            rounds.add(new VoteRoundData(r.number, r.kind, r.seats, r.status, r.members, r.present,
                    counts ? r.ballotsIssued : null, counts ? r.ballotsReceived : null, counts ? r.ballotsValid : null,
                    counts ? r.ballotsInvalid : null, candidates, counts ? warnings(r) : null, counts ? r.lotSeed : null,
                    r.openedAt, r.closedAt, counts ? r.talliedAt : null, r.certifiedAt, r.publishedAt, r.resultSha256,
                    entered, published));
        }
        boolean finalShown = v.status == VoteStatus.CERTIFIED && (current.publishedAt != null || manages);
        List<UnitRef> elected = finalShown ? elected(loaded.rounds()).stream().map(ref).toList() : null;
        List<VoteInput.Teller> tellers = v.teller1Username == null ? List.of()
                : List.of(new VoteInput.Teller(v.teller1Username, v.teller1Name), new VoteInput.Teller(v.teller2Username, v.teller2Name));
        List<String> permissions = party == null ? null : permissions(v, current, party, voted);
        return new VoteData(v.id, term.id, term.year, term.bloc.name, v.conference.id, v.conference.title, v.kind, v.leadershipSeats,
                v.award, v.method, v.title, v.seats, v.status, v.currentRound,
                v.candidates.stream().map(c -> ref.apply(c.unit.id)).toList(), tellers, v.voidReason, rounds,
                register == null ? null : register.stream().map(e -> new VoteData.Voter(ref.apply(e.unitId), e.delegateName, e.delegateTitle,
                        e.substituteFor)).sorted(Comparator.comparing(r -> r.unit().code())).toList(),
                party != null && party.isMember() && voted != null ? voted.contains(party.ownMemberUnit().get()) : null,
                elected, party == null ? null : v.createdAt, v.version, permissions);
    }

    private static boolean reached(Vote v, VoteRound r, VoteRoundCandidate c) {
        TermRules rules = v.term.rules;
        VoteTally.Threshold t = new VoteTally.Threshold(rules.winningThresholdPercent, rules.winningThresholdInclusive, rules.winningThresholdBase);
        return c.votes != null && r.ballotsValid != null
                && t.reached(c.votes, t.baseValue(r.ballotsValid, r.present == null ? 0 : r.present, r.members == null ? 0 : r.members));
    }

    private List<String> permissions(Vote v, VoteRound current, TermParty party, List<Long> voted) {
        boolean writes = party.managesOpenYear();
        VoteStatus s = v.status;
        Long own = party.ownMemberUnit().orElse(null);
        boolean canCast = s == VoteStatus.OPEN && v.method != VoteMethod.PAPER && own != null && !party.caller().isNational()
                && party.writesYear() && voted != null && !voted.contains(own);
        return Permissions.builder()
                .allow("EDIT", writes && s == VoteStatus.DRAFT && v.currentRound == 1)
                .allow("OPEN", writes && s == VoteStatus.DRAFT)
                .allow("CLOSE", writes && s == VoteStatus.OPEN)
                .allow("TALLY", writes && s == VoteStatus.CLOSED)
                .allow("CERTIFY", writes && s == VoteStatus.TALLIED)
                .allow("PUBLISH", writes && current.talliedAt != null && current.publishedAt == null && s != VoteStatus.VOID)
                .allow("NEXT_ROUND", writes && s == VoteStatus.NO_RESULT && v.currentRound < VoteLifecycle.LAST_ROUND)
                .allow("DRAW_LOT", writes && s == VoteStatus.NO_RESULT && v.currentRound == VoteLifecycle.LAST_ROUND)
                .allow("VOID", party.isBoard() && party.writesYear() && s != VoteStatus.CERTIFIED && s != VoteStatus.VOID)
                .allow("CAST", canCast)
                .allow("ENTER_PAPER_COUNT", v.method == VoteMethod.PAPER && s == VoteStatus.CLOSED && party.writesYear()
                        && v.tellerSlot(box.callerUsername()) > 0)
                .allow("DOWNLOAD_MINUTES", current.talliedAt != null && (current.publishedAt != null || party.manages()))
                .list();
    }

    static DomainException notFound() {
        return DomainException.notFound("VOTE_NOT_FOUND", Text.of("Không tìm thấy cuộc bỏ phiếu.", "Vote not found."));
    }
}
