package vn.thidua.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.thidua.scheme.Scheme;
import vn.thidua.scheme.SchemeCriterion;
import vn.thidua.sheet.Aggregation;
import vn.thidua.sheet.RoundStatus;
import vn.thidua.sheet.ScoreEntry;
import vn.thidua.sheet.ScoreSheet;
import vn.thidua.sheet.ScoringRound;
import vn.thidua.sheet.SheetStatus;
import vn.thidua.unit.Unit;

/**
 * Rankings' setup: Bắc Kạn terms of their own (years 2009–2015, before the other fixtures' slots, with Sở
 * Xây dựng LEADER, Sở Tài nguyên và Môi trường DEPUTY, Sở Công Thương and Sở NN&PTNT MEMBER), a scheme
 * adopted through the API, and — until the sheets API drives it — a scoring round with its sheets and final
 * points persisted straight through the entities in one transaction (test setup only, documented as such:
 * the ranking reads nothing but what consolidation writes: score_entry.final_points and the sheet's status).
 */
public final class Rankings {

    private static final int FIRST_YEAR = 2009;
    private static final int LAST_YEAR = 2015;
    private static final java.util.Set<String> TAKEN = new java.util.HashSet<>();

    /** The officers' units in every ranking term, with their roles. */
    public static final Map<String, String> MEMBERS = Map.of("BKN.SXD", "LEADER", "BKN.STNMT", "DEPUTY", "BKN.SCT", "MEMBER",
            "BKN.SNNPTNT", "MEMBER");

    private Rankings() {
    }

    /** A fresh Bắc Kạn bloc (KHOI or CUM, alternating) with terms for {@code years} consecutive years; returns the terms. */
    public static synchronized long[] bloc(int years) {
        SeedCases.ensureLoaded();
        for (String kind : List.of("KHOI", "CUM")) {
            for (int start = FIRST_YEAR; start + years - 1 <= LAST_YEAR; start++) {
                int from = start;
                if (java.util.stream.IntStream.range(0, years).noneMatch(i -> TAKEN.contains(kind + (from + i)))) {
                    java.util.stream.IntStream.range(0, years).forEach(i -> TAKEN.add(kind + (from + i)));
                    return terms(kind, start, years);
                }
            }
        }
        throw new IllegalStateException("no consecutive years left for another ranking bloc; see Rankings");
    }

    private static long[] terms(String kind, int start, int years) {
        long bloc = Fixtures.bloc().kind(kind).inProvince(Fixtures.provinceId("06")).create();
        long[] terms = new long[years];
        for (int i = 0; i < years; i++) {
            terms[i] = Fixtures.term(bloc, start + i).create();
        }
        return terms;
    }

    public static void members(long term, Map<String, String> roles) {
        roles.forEach((code, role) -> Fixtures.member(term, SeedCases.unitId(code), role));
    }

    /** A scheme ({@link Schemes#body()} with these fields) adopted by the Board at a held conference of the term. */
    public static long adoptedScheme(long term, Map<String, Object> extra) {
        Map<String, Object> body = Schemes.body();
        body.putAll(extra);
        long id = Schemes.create(Actor.ADMIN, term, body);
        long held = Conferences.held(Actor.ADMIN, term, YearFixtures.yearOf(term) + "-03-20", List.of(SeedCases.unitId("BKN.SCT")));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", id))
                .body(Map.of("status", "ADOPTED", "conferenceId", held)).post("/api/v1/schemes/{id}/status", id).then().statusCode(200);
        return id;
    }

    /** Points per criterion code of {@link Schemes#body()} (3.3 = 1 for a met disqualifier). */
    public static Map<String, Number> points(Number q11, Number q12, Number o13, Number q21, Number bonus, Number penalty,
            boolean disqualified) {
        Map<String, Number> p = new LinkedHashMap<>();
        p.put("1.1", q11);
        p.put("1.2", q12);
        p.put("1.3", o13);
        p.put("2.1", q21);
        p.put("3.1", bonus);
        p.put("3.2", penalty);
        p.put("3.3", disqualified ? 1 : 0);
        return p;
    }

    /** Setup: the term's round against the scheme, in {@code status}, with one sheet per unit code in {@code sheetStatus}. */
    public static long round(long term, long scheme, RoundStatus status, SheetStatus sheetStatus, Map<String, Map<String, Number>> sheets) {
        Map<Long, Map<String, Number>> byId = new LinkedHashMap<>();
        sheets.forEach((code, points) -> byId.put(SeedCases.unitId(code), points));
        return roundOfUnits(term, scheme, status, sheetStatus, byId);
    }

    /** The same, the units by id. */
    public static long round(long term, long scheme, RoundStatus status, SheetStatus sheetStatus, Map<Long, Map<String, Number>> sheets,
            boolean byId) {
        return roundOfUnits(term, scheme, status, sheetStatus, sheets);
    }

    private static long roundOfUnits(long term, long scheme, RoundStatus status, SheetStatus sheetStatus,
            Map<Long, Map<String, Number>> sheets) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            Scheme s = em.find(Scheme.class, scheme);
            ScoringRound round = new ScoringRound();
            round.term = s.term;
            round.scheme = s;
            round.status = status;
            round.selfDeadline = LocalDate.of(s.term.year, 11, 30);
            round.aggregation = Aggregation.MEAN;
            round.deviationThreshold = BigDecimal.ONE;
            em.persist(round);
            Map<String, SchemeCriterion> criteria = new LinkedHashMap<>();
            s.groups.forEach(g -> g.criteria.forEach(c -> criteria.put(c.code, c)));
            sheets.forEach((unitId, points) -> {
                ScoreSheet sheet = new ScoreSheet();
                sheet.round = round;
                sheet.unit = em.find(Unit.class, unitId);
                sheet.status = sheetStatus;
                BigDecimal total = BigDecimal.ZERO;
                for (var e : points.entrySet()) {
                    ScoreEntry entry = new ScoreEntry();
                    entry.sheet = sheet;
                    entry.criterion = criteria.get(e.getKey());
                    BigDecimal p = new BigDecimal(e.getValue().toString()).setScale(2);
                    boolean disqualifier = entry.criterion.kind == vn.thidua.scheme.CriterionKind.DISQUALIFIER;
                    entry.selfValue = p;
                    entry.selfPoints = disqualifier ? BigDecimal.ZERO.setScale(2) : p;
                    entry.finalPoints = disqualifier ? BigDecimal.ZERO.setScale(2) : p;
                    sheet.disqualified |= disqualifier && p.signum() > 0;
                    total = entry.criterion.kind == vn.thidua.scheme.CriterionKind.PENALTY ? total.subtract(p)
                            : disqualifier ? total : total.add(p);
                    sheet.entries.add(entry);
                }
                sheet.finalTotal = total.max(BigDecimal.ZERO);
                em.persist(sheet);
            });
            em.flush();
            return round.id;
        });
    }

    /** Setup: the round's review closed and every sheet FINAL (what the sheets API's consolidation ends with). */
    public static void finalise(long round) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("update scoring_round set status = 'REVIEW_CLOSED', version = version + 1 where id = ?1")
                    .setParameter(1, round).executeUpdate();
            em.createNativeQuery("update score_sheet set status = 'FINAL', version = version + 1 where round_id = ?1")
                    .setParameter(1, round).executeUpdate();
        });
    }

    /** Setup for the matrix: a ranking back to CONFIRMED (as if not yet published), so each actor's status change starts alike. */
    public static void backToConfirmed(long ranking) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update ranking set status = 'CONFIRMED', confirmed_at = coalesce(confirmed_at, computed_at),"
                        + " published_at = null, version = version + 1 where id = ?1").setParameter(1, ranking).executeUpdate());
    }

    public static long lotSeed(long ranking) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select lot_seed from ranking where id = ?1").setParameter(1, ranking).getSingleResult()).longValue());
    }

    /** POSTs the round's ranking computation as {@code by} (If-Match of the current ranking when there is one). */
    public static io.restassured.response.Response compute(Actor by, long round) {
        var current = Api.unvalidated(Actor.ADMIN).get("/api/v1/scoring-rounds/{id}/ranking", round);
        var spec = Api.as(by);
        if (current.statusCode() == 200) {
            spec = spec.header("If-Match", current.header("ETag"));
        }
        return spec.post("/api/v1/scoring-rounds/{id}/ranking", round);
    }

    public static void move(Actor by, long ranking, String status) {
        Api.as(by).header("If-Match", Api.as(by).get("/api/v1/rankings/{id}", ranking).then().statusCode(200).extract().header("ETag"))
                .body(Map.of("status", status)).post("/api/v1/rankings/{id}/status", ranking).then().statusCode(200);
    }

    private static void moveAsAdmin(Actor by, long ranking, String status) {
        Api.as(by).header("If-Match", Fixtures.etag("/api/v1/rankings/{id}", ranking)).body(Map.of("status", status))
                .post("/api/v1/rankings/{id}/status", ranking).then().statusCode(200);
    }

    // ── shared rankings, made once per run ──────────────────────────────────────────────────

    private static Long draft;
    private static Long draftRound;
    private static Long published;
    private static Long confirmable;
    private static Long publishedRound;

    public static synchronized long publishedRound() {
        published();
        return publishedRound;
    }

    /** A CONFIRMED ranking without ties, set back to CONFIRMED before each use (see {@link #backTo}). */
    public static synchronized long confirmable() {
        if (confirmable == null) {
            long term = bloc(1)[0];
            members(term, MEMBERS);
            long scheme = adoptedScheme(term, Map.of());
            long round = round(term, scheme, RoundStatus.REVIEW_CLOSED, SheetStatus.FINAL, Map.of(
                    "BKN.SXD", points(30, 20, 10, 40, 5, 0, false), "BKN.SCT", points(28, 18, 8, 36, 0, 1, false),
                    "BKN.STNMT", points(25, 15, 6, 30, 0, 0, false), "BKN.SNNPTNT", points(20, 10, 4, 30, 0, 0, false)));
            confirmable = compute(Actor.ADMIN, round).then().statusCode(200).extract().jsonPath().getLong("id");
            move(Actor.ADMIN, confirmable, "CONFIRMED");
        }
        return confirmable;
    }

    /** A DRAFT ranking whose two tied units (Sở Xây dựng, Sở Công Thương) reached the members' vote. */
    public static synchronized long draft() {
        if (draft == null) {
            long term = bloc(1)[0];
            members(term, MEMBERS);
            long scheme = adoptedScheme(term, Map.of());
            draftRound = round(term, scheme, RoundStatus.REVIEW_CLOSED, SheetStatus.FINAL, Map.of(
                    "BKN.SXD", points(30, 15, 6, 35, 0, 0, false), "BKN.SCT", points(30, 15, 6, 35, 0, 0, false),
                    "BKN.STNMT", points(25, 15, 6, 30, 0, 0, false), "BKN.SNNPTNT", points(20, 10, 4, 30, 0, 0, false)));
            draft = compute(Actor.ADMIN, draftRound).then().statusCode(200).extract().jsonPath().getLong("id");
        }
        return draft;
    }

    public static synchronized long draftRound() {
        draft();
        return draftRound;
    }

    /** A PUBLISHED ranking (no ties). */
    public static synchronized long published() {
        if (published == null) {
            long term = bloc(1)[0];
            members(term, MEMBERS);
            long scheme = adoptedScheme(term, Map.of());
            long round = round(term, scheme, RoundStatus.REVIEW_CLOSED, SheetStatus.FINAL, Map.of(
                    "BKN.SXD", points(30, 20, 10, 40, 5, 0, false), "BKN.SCT", points(28, 18, 8, 36, 0, 1, false),
                    "BKN.STNMT", points(25, 15, 6, 30, 0, 0, false), "BKN.SNNPTNT", points(20, 10, 4, 30, 0, 0, false)));
            long id = compute(Actor.ADMIN, round).then().statusCode(200).extract().jsonPath().getLong("id");
            move(Actor.ADMIN, id, "CONFIRMED");
            move(Actor.ADMIN, id, "PUBLISHED");
            published = id;
            publishedRound = round;
        }
        return published;
    }
}
