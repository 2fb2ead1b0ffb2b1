package vn.thidua.vote;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.persistence.InList;
import vn.thidua.ranking.RankingRow;
import vn.thidua.ranking.RankingStatus;
import vn.thidua.term.TermParty;
import vn.thidua.unit.Unit;

/**
 * Who may stand, asked when a round opens: a current member of the bloc that year, not disqualified in
 * the year's ranking (the sheets' verdict, when a ranking exists), for the leader's seat not this year's
 * leader when the rules forbid re-election, and whatever every {@link CandidateEligibility} bean says.
 */
@ApplicationScoped
public class VoteEligibility {

    @Inject
    EntityManager em;

    @Inject
    Instance<CandidateEligibility> rules;

    /** The units of the term's latest PUBLISHED ranking, in rank order, disqualified ones left out. */
    List<Long> publishedRanking(long termId) {
        List<RankingRow> rows = em.createQuery("select rr from RankingRow rr where rr.ranking.round.term.id = :term"
                + " and rr.ranking.status = :published and rr.disqualified = false order by rr.ranking.id desc, rr.position", RankingRow.class)
                .setParameter("term", termId).setParameter("published", RankingStatus.PUBLISHED).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long latest = rows.get(0).ranking.id;
        return rows.stream().filter(r -> r.ranking.id.equals(latest)).map(r -> r.unit.id).toList();
    }

    /** The units a CERTIFIED leader-only election of the term elected (two successive ballots: the deputy's comes second). */
    List<Long> electedLeaders(long termId) {
        return em.createQuery("select rc.unit.id from VoteRoundCandidate rc where rc.round.vote.term.id = :term"
                + " and rc.round.vote.leadershipSeats = :leader and rc.round.vote.status = :certified and rc.electedRank is not null", Long.class)
                .setParameter("term", termId).setParameter("leader", LeadershipSeats.LEADER).setParameter("certified", VoteStatus.CERTIFIED)
                .getResultList();
    }

    /** 422 {@code VOTE_CANDIDATE_INELIGIBLE} naming every ineligible candidate and why. */
    void require(Vote v, TermParty party, List<Long> candidates) {
        Map<Long, Text> reasons = ineligible(v, party, candidates);
        if (reasons.isEmpty()) {
            return;
        }
        InList ids = InList.of("ids", reasons.keySet());
        Map<Long, String> codes = ids.bind(em.createQuery("select u from Unit u where " + ids.in("u.id"), Unit.class))
                .getResultList().stream().collect(Collectors.toMap(u -> u.id, u -> u.code));
        String vi = reasons.entrySet().stream().map(e -> codes.get(e.getKey()) + ": " + e.getValue().vi()).collect(Collectors.joining("; "));
        String en = reasons.entrySet().stream().map(e -> codes.get(e.getKey()) + ": " + e.getValue().en()).collect(Collectors.joining("; "));
        throw DomainException.rule("VOTE_CANDIDATE_INELIGIBLE", Text.of("Có ứng viên không đủ điều kiện: " + vi + ".",
                "Some candidates may not stand: " + en + "."), "candidateUnitIds");
    }

    Map<Long, Text> ineligible(Vote v, TermParty party, Collection<Long> candidates) {
        Map<Long, Text> out = new LinkedHashMap<>();
        for (Long c : candidates) {
            if (!party.memberUnitIds().contains(c)) {
                out.put(c, Text.of("không còn là thành viên của khối năm nay", "no longer a member of the bloc this year"));
            }
        }
        if (!candidates.isEmpty()) {
            InList units = InList.of("units", candidates);
            units.bind(em.createQuery("select distinct rr.unit.id from RankingRow rr where rr.ranking.round.term.id = :term"
                    + " and rr.disqualified = true and " + units.in("rr.unit.id"), Long.class))
                    .setParameter("term", v.term.id).getResultList()
                    .forEach(c -> out.putIfAbsent(c, Text.of("bị loại khỏi xếp hạng thi đua năm nay", "disqualified in this year's ranking")));
        }
        if (v.kind == VoteKind.LEADER_ELECTION && v.leadershipSeats != LeadershipSeats.DEPUTY && !v.term.rules.outgoingLeaderReeligible
                && party.leaderUnitId() != null && candidates.contains(party.leaderUnitId())) {
            out.putIfAbsent(party.leaderUnitId(), Text.of("Trưởng khối năm nay không được bầu lại theo quy chế",
                    "this year's leader may not be re-elected under the rules"));
        }
        if (v.leadershipSeats == LeadershipSeats.DEPUTY) {
            electedLeaders(v.term.id).stream().filter(candidates::contains).forEach(c -> out.putIfAbsent(c, Text.of(
                    "đã trúng cử Trưởng khối", "already elected leader")));
        }
        VoteSubject subject = v.subject();
        for (CandidateEligibility rule : rules) {
            rule.ineligible(subject, candidates).forEach(out::putIfAbsent);
        }
        return out;
    }
}
