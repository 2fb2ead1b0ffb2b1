package vn.thidua.vote;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;
import vn.thidua.conference.ConferenceAttendee;
import vn.thidua.security.CurrentUser;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;

/**
 * The only code that writes or reads the register (who voted) and the ballot box (what was voted), kept
 * apart as ADR 0017 says: a cast writes one register row and one ballot row with unrelated random ids, in
 * one transaction; the ballot carries no time and, for a secret vote, no unit; the choices are stored in
 * ascending order (never the order clicked). The audit records that the unit voted, never its choice, and
 * nothing here logs. Ballots are read back only as a whole round (for the tally, in random-key order) or,
 * once published, as the list of receipts.
 */
@ApplicationScoped
@Traced
public class BallotBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base32 without I, L, O, U: 16 characters are 80 random bits. */
    private static final char[] RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int RECEIPT_LENGTH = 16;

    @Inject
    EntityManager em;

    @Inject
    TermAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    VoteService votes;

    /** A published ballot: its receipt, choices and, for OPEN votes, the unit. */
    public record Published(String receipt, List<Long> choices, Long voterUnitId) {
    }

    /**
     * Casts the caller's unit's ballot in the vote's current round: the caller is the officer of a member
     * unit present with a vote at the conference; one ballot per unit (the register's unique key: 409).
     * Statements: the round with its vote and term (share-locked, so closing waits for casts in flight),
     * the term's members, the round's candidates, the unit's voting delegate, then two inserts.
     */
    @Transactional
    public CastReceipt cast(long voteId, int roundNumber, BallotInput input) {
        VoteRound round = em.createQuery("select r from VoteRound r join fetch r.vote v join fetch v.term t join fetch t.bloc"
                + " where v.id = :vote and r.number = :number", VoteRound.class)
                .setParameter("vote", voteId).setParameter("number", roundNumber)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultStream().findFirst().orElse(null);
        if (round == null) {
            // an unknown vote (404), or a round it does not have yet (409)
            Vote found = em.find(Vote.class, voteId);
            if (found == null || !access.of(found.term).caller().sees(found.term.bloc.provinceId)) {
                throw VoteService.notFound();
            }
            throw DomainException.conflict("VOTE_NOT_OPEN", Text.of(
                    "Vòng {0} không đang mở bỏ phiếu.", "Round {0} is not open for voting.").with(roundNumber));
        }
        Vote v = round.vote;
        TermParty party = access.of(v.term);
        if (!party.caller().sees(v.term.bloc.provinceId)) {
            throw VoteService.notFound();
        }
        Long unit = party.ownMemberUnit().orElse(null);
        if (unit == null || party.caller().isNational()) {
            throw DomainException.forbidden("VOTE_MEMBERS_ONLY", Text.of(
                    "Chỉ cán bộ của đơn vị thành viên bỏ phiếu, cho chính đơn vị mình.",
                    "Only a member unit's officer votes, for their own unit."));
        }
        TermGuard.requireOpen(v.term);
        if (v.status != VoteStatus.OPEN || v.currentRound != roundNumber || round.status != VoteStatus.OPEN) {
            throw DomainException.conflict("VOTE_NOT_OPEN", Text.of(
                    "Vòng {0} không đang mở bỏ phiếu (cuộc bỏ phiếu đang ở vòng {1}, bước “{2}”).",
                    "Round {0} is not open for voting (the vote is at round {1}, “{2}”).").with(roundNumber, v.currentRound, v.status));
        }
        if (v.method == VoteMethod.PAPER) {
            throw DomainException.conflict("VOTE_PAPER_ONLY", Text.of(
                    "Cuộc bỏ phiếu này dùng phiếu giấy; người kiểm phiếu nhập kết quả.",
                    "This vote is on paper; the tellers enter the count."));
        }
        List<Long> candidates = em.createQuery("select c.unit.id from VoteRoundCandidate c where c.round.id = :round", Long.class)
                .setParameter("round", round.id).getResultList();
        List<Long> choices = validChoices(input.choices(), candidates, round.seats);
        ConferenceAttendee delegate = em.createQuery("select a from ConferenceAttendee a where a.conference.id = :conference"
                + " and a.unit.id = :unit and a.mayVote = true", ConferenceAttendee.class)
                .setParameter("conference", v.conference.id).setParameter("unit", unit).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.rule("VOTE_NOT_PRESENT", Text.of(
                        "Đơn vị không có đại biểu được biểu quyết tại hội nghị; không bỏ phiếu được.",
                        "The unit has no delegate with a vote at the conference; it cannot vote."), "unit"));

        VoteRegisterEntry entry = new VoteRegisterEntry();
        entry.id = randomLong();
        entry.roundId = round.id;
        entry.unitId = unit;
        entry.castBy = user.username();
        entry.castByName = truncate(user.displayName(), 200);
        entry.delegateName = delegate.delegateName;
        entry.delegateTitle = delegate.delegateTitle;
        entry.substituteFor = delegate.substituteFor;
        Ballot ballot = new Ballot();
        ballot.id = randomLong();
        ballot.roundId = round.id;
        ballot.receipt = receipt();
        ballot.choices = choices.stream().map(String::valueOf).collect(Collectors.joining(","));
        ballot.voterUnitId = v.method == VoteMethod.OPEN ? unit : null;
        UniqueKeys.guard(em, () -> {
            em.persist(entry);
            em.persist(ballot);
            em.flush();
        }, Map.of("uk_vote_register_unit", () -> DomainException.conflict("VOTE_ALREADY_CAST", Text.of(
                "Đơn vị đã bỏ phiếu ở vòng này; mỗi đơn vị một phiếu.", "The unit has already voted in this round; one ballot per unit."))));
        Map<String, Object> voted = new LinkedHashMap<>(Map.of("round", round.number, "unit", unit,
                "delegate", delegate.delegateName == null ? "" : delegate.delegateName));
        if (delegate.substituteFor != null) {
            voted.put("substituteFor", delegate.substituteFor);
        }
        audit.record(AuditOperation.UPDATE, v, Map.of(), voted, "Đơn vị đã bỏ phiếu / the unit voted");
        return new CastReceipt(v.id, round.number, ballot.receipt);
    }

    /** One teller's hand count of the closed PAPER round (the teller's own sheet, replaced when entered again). */
    @Transactional
    public Versioned<VoteData> enterPaperCount(long voteId, int roundNumber, IfMatch ifMatch, PaperCountInput input) {
        VoteService.Loaded loaded = votes.loadForWrite(voteId, ifMatch, l -> {
            if (l.vote().tellerSlot(user.username()) == 0 || l.party().caller().isNational()) {
                throw DomainException.forbidden("VOTE_TELLERS_ONLY", Text.of(
                        "Chỉ hai người kiểm phiếu được chủ trì chỉ định nhập kết quả kiểm phiếu.",
                        "Only the two tellers the chair named enter the count."));
            }
            TermGuard.requireOpen(l.vote().term);
        });
        Vote v = loaded.vote();
        int slot = v.tellerSlot(user.username());
        VoteRound round = loaded.current();
        if (v.method != VoteMethod.PAPER || round.number != roundNumber || v.status != VoteStatus.CLOSED) {
            throw DomainException.conflict("VOTE_NOT_COUNTING", Text.of(
                    "Chỉ nhập kết quả kiểm phiếu giấy khi vòng {0} đã kết thúc bỏ phiếu và chưa kiểm phiếu (đang: “{1}”).",
                    "Paper counts are entered once round {0} is closed and before its tally (now “{1}”).").with(roundNumber, v.status));
        }
        Set<Long> candidates = round.candidates.stream().map(c -> c.unit.id).collect(Collectors.toSet());
        Map<Long, Integer> counted = new TreeMap<>();
        for (int i = 0; i < input.votes().size(); i++) {
            PaperCountInput.CandidateVotes cv = input.votes().get(i);
            if (!candidates.contains(cv.unitId()) || counted.put(cv.unitId(), cv.votes()) != null) {
                throw DomainException.rule("VOTE_PAPER_CANDIDATE", Text.of(
                        "Mỗi ứng viên của vòng ghi số phiếu đúng một lần.", "Each candidate of the round is counted exactly once."),
                        "votes[" + i + "].unitId");
            }
        }
        int valid = input.ballotsReceived() - input.ballotsInvalid();
        if (counted.size() != candidates.size() || input.ballotsReceived() > input.ballotsIssued() || valid < 0
                || counted.values().stream().anyMatch(n -> n > valid)
                || counted.values().stream().mapToLong(Integer::longValue).sum() > (long) valid * round.seats) {
            throw DomainException.rule("VOTE_PAPER_COUNT_INCONSISTENT", Text.of(
                    "Số liệu kiểm phiếu không khớp: phiếu thu vào ≤ phát ra, phiếu không hợp lệ ≤ thu vào, mỗi ứng viên ≤ số phiếu hợp lệ, "
                            + "tổng số phiếu bầu ≤ số phiếu hợp lệ × số người được bầu, và đủ mọi ứng viên.",
                    "The count is inconsistent: received ≤ issued, invalid ≤ received, each candidate ≤ valid ballots, "
                            + "all votes ≤ valid ballots × seats, and every candidate counted."), "votes");
        }
        PaperCount count = em.createQuery("select p from PaperCount p where p.roundId = :round and p.tellerSlot = :slot", PaperCount.class)
                .setParameter("round", round.id).setParameter("slot", slot).getResultStream().findFirst().orElseGet(PaperCount::new);
        count.roundId = round.id;
        count.tellerSlot = slot;
        count.enteredBy = user.username();
        count.ballotsIssued = input.ballotsIssued();
        count.ballotsReceived = input.ballotsReceived();
        count.ballotsInvalid = input.ballotsInvalid();
        count.candidateVotes = counted.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
        count.enteredAt = clock.instant();
        if (count.id == null) {
            em.persist(count);
        }
        em.flush();
        audit.record(AuditOperation.UPDATE, v, Map.of(), Map.of("paperCount", "vòng / round " + round.number + ", người kiểm phiếu / teller " + slot),
                null);
        return votes.get(voteId);
    }

    /** The tellers' count when both entered the same; 409 naming what differs otherwise. */
    PaperCount agreedPaperCount(Vote v, VoteRound round) {
        List<PaperCount> counts = em.createQuery("select p from PaperCount p where p.roundId = :round order by p.tellerSlot", PaperCount.class)
                .setParameter("round", round.id).getResultList();
        if (counts.size() < 2) {
            throw DomainException.conflict("VOTE_PAPER_COUNT_MISSING", Text.of(
                    "Cần cả hai người kiểm phiếu nhập kết quả trước khi kiểm phiếu (đã nhập: {0}/2).",
                    "Both tellers must enter their count before the tally ({0} of 2 entered).").with(counts.size()));
        }
        PaperCount a = counts.get(0);
        PaperCount b = counts.get(1);
        List<String> differences = new ArrayList<>();
        if (a.ballotsIssued != b.ballotsIssued) {
            differences.add("phiếu phát ra / issued " + a.ballotsIssued + " ≠ " + b.ballotsIssued);
        }
        if (a.ballotsReceived != b.ballotsReceived) {
            differences.add("phiếu thu vào / received " + a.ballotsReceived + " ≠ " + b.ballotsReceived);
        }
        if (a.ballotsInvalid != b.ballotsInvalid) {
            differences.add("phiếu không hợp lệ / invalid " + a.ballotsInvalid + " ≠ " + b.ballotsInvalid);
        }
        Map<Long, Integer> first = parseCounts(a.candidateVotes);
        Map<Long, Integer> second = parseCounts(b.candidateVotes);
        for (VoteRoundCandidate c : round.candidates) {
            Integer x = first.get(c.unit.id);
            Integer y = second.get(c.unit.id);
            if (!java.util.Objects.equals(x, y)) {
                differences.add(c.unit.code + " " + x + " ≠ " + y);
            }
        }
        if (!differences.isEmpty()) {
            throw DomainException.conflict("VOTE_PAPER_COUNTS_DIFFER", Text.of(
                    "Kết quả của hai người kiểm phiếu khác nhau; cần kiểm lại và nhập lại: {0}.",
                    "The two tellers' counts differ; count again and re-enter: {0}.").with(String.join("; ", differences)));
        }
        return a;
    }

    static Map<Long, Integer> parseCounts(String stored) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String pair : stored.split(",")) {
                int colon = pair.indexOf(':');
                out.put(Long.valueOf(pair.substring(0, colon)), Integer.valueOf(pair.substring(colon + 1)));
            }
        }
        return out;
    }

    /** Every ballot's choices in the round, in the random order of their keys (never the casting order). */
    List<List<Long>> choices(long roundId) {
        return em.createQuery("select b.choices from Ballot b where b.roundId = :round order by b.id", String.class)
                .setParameter("round", roundId).getResultList().stream().map(BallotBox::parseChoices).toList();
    }

    /** The published list: every receipt with its ballot, sorted by receipt. */
    List<Published> published(long roundId) {
        return em.createQuery("select b from Ballot b where b.roundId = :round order by b.receipt", Ballot.class)
                .setParameter("round", roundId).getResultList().stream()
                .map(b -> new Published(b.receipt, parseChoices(b.choices), b.voterUnitId)).toList();
    }

    /** The units in the round's register (who voted; never what). */
    List<Long> registered(long roundId) {
        return em.createQuery("select r.unitId from VoteRegisterEntry r where r.roundId = :round order by r.unitId", Long.class)
                .setParameter("round", roundId).getResultList();
    }

    /** The register's rows of a round with who cast each, for the minutes and the chair's console. */
    List<VoteRegisterEntry> register(long roundId) {
        return em.createQuery("select r from VoteRegisterEntry r where r.roundId = :round order by r.unitId", VoteRegisterEntry.class)
                .setParameter("round", roundId).getResultList();
    }

    List<Integer> paperSlots(long roundId) {
        return em.createQuery("select p.tellerSlot from PaperCount p where p.roundId = :round order by p.tellerSlot", Integer.class)
                .setParameter("round", roundId).getResultList();
    }

    String callerUsername() {
        return user.isAnonymous() ? null : user.username();
    }

    static List<Long> parseChoices(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(Long::valueOf).toList();
    }

    /** The choices as stored: distinct candidates of the round, at most the seats, ascending (422 otherwise). */
    static List<Long> validChoices(List<Long> choices, List<Long> candidates, int seats) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Long c = choices.get(i);
            if (!candidates.contains(c) || !seen.add(c)) {
                throw DomainException.rule("VOTE_BALLOT_INVALID", Text.of(
                        "Lá phiếu chỉ chọn các ứng viên của vòng này, mỗi ứng viên một lần.",
                        "A ballot chooses candidates of this round only, each once."), "choices[" + i + "]");
            }
        }
        if (seen.size() > seats) {
            throw DomainException.rule("VOTE_BALLOT_TOO_MANY", Text.of(
                    "Lá phiếu chọn {0} ứng viên, nhiều hơn số người được bầu ({1}).",
                    "The ballot chooses {0} candidates, more than the seats ({1}).").with(seen.size(), seats), "choices");
        }
        return seen.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** A positive random key (SecureRandom): rows' keys say nothing of when or in which order they were written. */
    static long randomLong() {
        long value;
        do {
            value = RANDOM.nextLong() & Long.MAX_VALUE;
        } while (value == 0);
        return value;
    }

    static String receipt() {
        char[] out = new char[RECEIPT_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = RECEIPT_ALPHABET[RANDOM.nextInt(RECEIPT_ALPHABET.length)];
        }
        return new String(out);
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

}
