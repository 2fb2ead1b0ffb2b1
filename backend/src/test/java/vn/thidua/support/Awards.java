package vn.thidua.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.thidua.sheet.RoundStatus;
import vn.thidua.sheet.SheetStatus;
import vn.thidua.vote.AwardKind;
import vn.thidua.vote.VoteCertified;
import vn.thidua.vote.VoteKind;
import vn.thidua.vote.VoteSubject;

/**
 * Awards' setup: a term whose ranking is published (Rankings: the round and its FINAL sheets persisted as setup),
 * certified award votes fired as the vote engine fires them (the CDI event in a transaction of its own, with a
 * request context as a request has), and shared dossiers for the matrix and the fuzz.
 */
public final class Awards {

    private static Long sharedProposal;
    private static Long sharedItem;
    private static Long sharedRestriction;

    private Awards() {
    }

    /** Publishes a ranking of {@code term} (the Board adopts a scheme at a held conference; the sheets are setup). */
    public static long publishedRanking(Actor admin, long term, Map<Long, Map<String, Number>> sheets) {
        long scheme = Schemes.create(admin, term, Schemes.body());
        long held = Conferences.held(admin, term, YearFixtures.yearOf(term) + "-03-20", List.of(sheets.keySet().iterator().next()));
        Api.as(admin).header("If-Match", Api.as(admin).get("/api/v1/schemes/{id}", scheme).then().statusCode(200).extract().header("ETag"))
                .body(Map.of("status", "ADOPTED", "conferenceId", held)).post("/api/v1/schemes/{id}/status", scheme).then().statusCode(200);
        long round = Rankings.round(term, scheme, RoundStatus.REVIEW_CLOSED, SheetStatus.FINAL, sheets, true);
        long ranking = Rankings.compute(admin, round).then().statusCode(200).extract().jsonPath().getLong("id");
        Rankings.move(admin, ranking, "CONFIRMED");
        Rankings.move(admin, ranking, "PUBLISHED");
        return ranking;
    }

    /**
     * Setup until the vote engine's API drives it: a CERTIFIED award vote row of the term, held at one of its
     * conferences (what the vote engine leaves once it certifies), to which proposal items may refer.
     */
    public static long certifiedVote(long term, AwardKind award) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = Arc.container().instance(jakarta.persistence.EntityManager.class).get();
            Number conference = (Number) em.createNativeQuery("select min(id) from conference where term_id = ?1").setParameter(1, term)
                    .getSingleResult();
            em.createNativeQuery("insert into vote (term_id, conference_id, kind, award, method, title, seats, status, created_at, updated_at)"
                    + " values (?1, ?2, 'AWARD_VOTE', ?3, 'SECRET', ?4, 1, 'CERTIFIED', current_timestamp(6), current_timestamp(6))")
                    .setParameter(1, term).setParameter(2, conference.longValue()).setParameter(3, award.name())
                    .setParameter(4, "Bình xét " + award.label().vi()).executeUpdate();
            return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        });
    }

    /** Fires what the vote engine fires when it certifies an award vote, in a transaction of its own. */
    public static void certify(long voteId, long term, AwardKind award, List<Long> elected) {
        inRequest(() -> {
            QuarkusTransaction.requiringNew().run(() -> Arc.container().beanManager().getEvent()
                    .select(VoteCertified.class).fire(new VoteCertified(new VoteSubject(voteId, term, VoteKind.AWARD_VOTE, null, award),
                            elected, java.time.Instant.now())));
            return null;
        });
    }

    /** Runs {@code work} with a request context active (beans a request would have: the caller, the scope). */
    public static <T> T inRequest(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            return work.get();
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    public static Map<String, Object> restriction(String kind, String number, String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("decision", Fixtures.decision(number, from));
        body.put("fromDate", from);
        if (to != null) {
            body.put("toDate", to);
        }
        body.put("note", "Ghi chú nội bộ " + Fixtures.unique());
        return body;
    }

    /** A past restriction (never active now) of the Bắc Kạn leader's unit, for reads. */
    public static synchronized long sharedRestriction() {
        if (sharedRestriction == null) {
            sharedRestriction = Api.as(Actor.ADMIN).body(restriction("INSPECTION", "5/QĐ-TTR", "2020-01-10", "2020-06-30"))
                    .post("/api/v1/units/{id}/restrictions", SeedCases.unitId("BKN.SXD")).then().statusCode(201).extract().jsonPath()
                    .getLong("id");
        }
        return sharedRestriction;
    }

    /** A DRAFT dossier of {@link Rankings#published()}'s term (Sở Xây dựng leads it) proposing Sở Công Thương for a certificate. */
    public static synchronized long sharedProposal() {
        if (sharedProposal == null) {
            long term = Api.as(Actor.ADMIN).get("/api/v1/rankings/{id}", Rankings.published()).jsonPath().getLong("termId");
            var created = Api.as(Actor.ADMIN).post("/api/v1/terms/{id}/award-proposals", term).then().statusCode(201).extract();
            long id = created.jsonPath().getLong("id");
            sharedItem = Api.as(Actor.ADMIN).header("If-Match", created.header("ETag"))
                    .body(Map.of("unitId", SeedCases.unitId("BKN.SCT"), "award", "CERTIFICATE"))
                    .post("/api/v1/award-proposals/{id}/items", id).then().statusCode(200).extract().jsonPath().getLong("items[0].id");
            sharedProposal = id;
        }
        return sharedProposal;
    }

    public static synchronized long sharedItem() {
        sharedProposal();
        return sharedItem;
    }

    /**
     * Setup for the matrix: the shared dossier back to {@code status} with its one item (Sở Công Thương's certificate)
     * unappraised, so each actor's write starts alike (test setup only, straight in the database).
     */
    public static void resetShared(String status) {
        long id = sharedProposal();
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Arc.container().instance(jakarta.persistence.EntityManager.class).get();
            em.createNativeQuery("delete from award_proposal_item where proposal_id = ?1 and id <> ?2").setParameter(1, id)
                    .setParameter(2, sharedItem).executeUpdate();
            em.createNativeQuery("update award_proposal_item set outcome = null, outcome_reason = null, decided_award = null where id = ?1")
                    .setParameter(1, sharedItem).executeUpdate();
            em.createNativeQuery("update award_proposal set status = ?1, submitted_at = case when ?1 = 'DRAFT' then null"
                    + " else coalesce(submitted_at, created_at) end, version = version + 1 where id = ?2").setParameter(1, status)
                    .setParameter(2, id).executeUpdate();
        });
    }

    /** The current file of {@code path} (a list of files, newest first), or null. */
    public static Long currentFile(String path, Object... params) {
        java.util.List<Long> ids = Api.as(Actor.ADMIN).get(path, params).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.supersededBy == null }.id", Long.class);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The dossier's current ETag, as the Board reads it. */
    public static String etag(long proposal) {
        return Fixtures.etag("/api/v1/award-proposals/{id}", proposal);
    }
}
