package vn.thidua.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Campaigns, registrations and covenants made through the API for tests. Campaigns live in the Bắc Kạn
 * 2023 seed term, whose leader, deputy and member are the test officers. A covenant is one per term, so
 * covenant tests take a fresh term ({@link #officersTerm}) where the same Bắc Kạn units hold the same
 * roles: a unit is in one bloc of a kind per year, so each fresh term takes the next (year, kind) slot of
 * 2016–2022, 2024–2025 × KHOI, CUM (the years every officer's unit was active; 2023 is the seed's, 2026
 * SeedCasesTest's).
 */
public final class YearFixtures {

    private static final int[] YEARS = { 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2024, 2025 };
    private static int nextSlot;

    /** Bắc Kạn units in every fresh term, besides the officers' three: they never sign unless a test signs for them. */
    public static final List<String> OTHER_MEMBERS = List.of("BKN.VQGBB", "BKN.BQLKCN", "BKN.SNNPTNT");

    private YearFixtures() {
    }

    public static long bkTerm() {
        return SeedCases.termId("bk", 2023);
    }

    /** A fresh Bắc Kạn term: Sở Xây dựng LEADER, Ban QLDA NN&PTNT DEPUTY, Sở Công Thương and {@link #OTHER_MEMBERS} MEMBER. */
    public static synchronized long officersTerm() {
        SeedCases.ensureLoaded();
        if (nextSlot >= YEARS.length * 2) {
            throw new IllegalStateException("no (year, kind) slot left for another officers' term; see YearFixtures");
        }
        int year = YEARS[nextSlot / 2];
        String kind = nextSlot % 2 == 0 ? "KHOI" : "CUM";
        nextSlot++;
        long bloc = Fixtures.bloc().kind(kind).inProvince(Fixtures.provinceId("06")).create();
        long term = Fixtures.term(bloc, year).create();
        Fixtures.member(term, SeedCases.unitId("BKN.SXD"), "LEADER");
        Fixtures.member(term, SeedCases.unitId("BKN.BQLDA.NN"), "DEPUTY");
        Fixtures.member(term, SeedCases.unitId("BKN.SCT"), "MEMBER");
        OTHER_MEMBERS.forEach(code -> Fixtures.member(term, SeedCases.unitId(code), "MEMBER"));
        return term;
    }

    /** The year of a term. */
    public static int yearOf(long term) {
        return Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", term).jsonPath().getInt("year");
    }

    public static Map<String, Object> campaignBody(long termId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("termId", termId);
        body.put("kind", "THEMATIC");
        body.put("title", "Phong trào thử nghiệm " + Fixtures.unique());
        body.put("theme", "Đoàn kết, sáng tạo");
        body.put("startsOn", "2023-03-14");
        body.put("endsOn", "2023-12-31");
        return body;
    }

    public static Map<String, Object> launchDocument() {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("number", "409/TĐKT-KTKT");
        decision.put("date", "2023-03-14");
        decision.put("issuer", "Khối thi đua Kinh tế – Kỹ thuật");
        return decision;
    }

    /** A DRAFT campaign of the Bắc Kạn 2023 term (with its launch document, not yet launched). */
    public static long draftCampaign() {
        Map<String, Object> body = campaignBody(bkTerm());
        body.put("launchDecision", launchDocument());
        return Api.as(Actor.ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A LAUNCHED campaign of the Bắc Kạn 2023 term, with this registration deadline (or none). */
    public static long launchedCampaign(String deadline) {
        Map<String, Object> body = campaignBody(bkTerm());
        body.put("launchDecision", launchDocument());
        if (deadline != null) {
            body.put("registrationDeadline", deadline);
        }
        long id = Api.as(Actor.ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        move("/api/v1/campaigns/{id}", id, Map.of("status", "LAUNCHED"));
        return id;
    }

    public static long launchedCampaign() {
        return launchedCampaign(null);
    }

    /** A DRAFT registration of this unit, made by the Board. */
    public static long registration(long campaign, String unitCode) {
        return Api.as(Actor.ADMIN).body(registrationBody(SeedCases.unitId(unitCode)))
                .post("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    public static Map<String, Object> registrationBody(long unitId) {
        return Map.of("unitId", unitId, "targets", "Hoàn thành xuất sắc nhiệm vụ được giao", "numericTargets",
                List.of(Map.of("name", "Tỷ lệ giải ngân vốn đầu tư công", "value", 95, "unitOfMeasure", "%")));
    }

    public static Map<String, Object> covenantBody() {
        return Map.of("title", "Giao ước thi đua " + Fixtures.unique(), "clauses",
                List.of("Thực hiện tốt nhiệm vụ chính trị được giao.", "Tham gia đầy đủ các phong trào thi đua."));
    }

    /** A DRAFT covenant of this term, by the Board. */
    public static long covenant(long term) {
        return Api.as(Actor.ADMIN).body(covenantBody()).post("/api/v1/terms/{id}/covenants", term).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A CIRCULATED covenant of this term, by the Board. */
    public static long circulatedCovenant(long term) {
        long id = covenant(term);
        move("/api/v1/covenants/{id}", id, Map.of("status", "CIRCULATED"));
        return id;
    }

    public static Map<String, Object> signatureBody(long unitId, String signedOn) {
        return Map.of("unitId", unitId, "signerName", "Nguyễn Văn A", "signerTitle", "Giám đốc", "signedOn", signedOn);
    }

    /** A signature recorded by the Board for this unit. */
    public static long sign(long covenant, String unitCode, String signedOn) {
        return Api.as(Actor.ADMIN).body(signatureBody(SeedCases.unitId(unitCode), signedOn))
                .post("/api/v1/covenants/{id}/signatures", covenant).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** POSTs {@code change} to the record's status endpoint as the Board, with its current ETag. */
    public static void move(String path, long id, Map<String, Object> change) {
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(path, id)).body(change).post(path + "/status", id).then()
                .statusCode(200);
    }

    private static Long sharedCampaign;
    private static Long sharedRegistration;
    private static Long sharedCovenant;
    private static Long sharedSignature;
    private static Long draftTerm;

    /** A launched campaign of Bắc Kạn 2023 with one submitted registration (Sở Xây dựng's), made once per run. */
    public static synchronized long sharedCampaign() {
        if (sharedCampaign == null) {
            sharedCampaign = launchedCampaign("2023-03-31");
            sharedRegistration = registration(sharedCampaign, "BKN.SXD");
            move("/api/v1/registrations/{id}", sharedRegistration, Map.of("status", "SUBMITTED"));
        }
        return sharedCampaign;
    }

    public static synchronized long sharedRegistration() {
        sharedCampaign();
        return sharedRegistration;
    }

    /** A circulated covenant of a fresh officers' term, signed only by Ban Quản lý các khu công nghiệp; made once per run. */
    public static synchronized long sharedCovenant() {
        if (sharedCovenant == null) {
            long term = officersTerm();
            sharedCovenant = circulatedCovenant(term);
            sharedSignature = sign(sharedCovenant, "BKN.BQLKCN", yearOf(term) + "-03-29");
        }
        return sharedCovenant;
    }

    public static synchronized long sharedSignature() {
        sharedCovenant();
        return sharedSignature;
    }

    public static synchronized long sharedCovenantTerm() {
        return Api.as(Actor.ADMIN).get("/api/v1/covenants/{id}", sharedCovenant()).jsonPath().getLong("termId");
    }

    /** A fresh officers' term kept for covenants that stay drafts (created and deleted in turn). */
    public static synchronized long draftTerm() {
        if (draftTerm == null) {
            draftTerm = officersTerm();
        }
        return draftTerm;
    }

    /** Deletes the draft covenant of {@link #draftTerm} if there is one. */
    public static void clearDraftTerm() {
        List<Long> ids = Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/covenants", draftTerm()).jsonPath().getList("items.id", Long.class);
        for (Long id : ids) {
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/covenants/{id}", id))
                    .delete("/api/v1/covenants/{id}", id).then().statusCode(204);
        }
    }

    /** A fresh draft covenant of {@link #draftTerm} (the previous one deleted). */
    public static long draftCovenant() {
        clearDraftTerm();
        return covenant(draftTerm());
    }
}
