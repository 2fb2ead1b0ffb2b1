package vn.thidua.covenant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;
import vn.thidua.support.Uploads;
import vn.thidua.support.YearFixtures;

/** The covenant: drafted and circulated by the managers, each member signs for itself once, SIGNED when all have. */
@QuarkusTest
class CovenantApiTest {

    private static final String PATH = "/api/v1/covenants/{id}";

    @BeforeEach
    void seed() {
        SeedCases.ensureLoaded();
    }

    @Test
    void theLeaderCirculatesEachMemberSignsOnceAndTheLastSignatureSignsIt() {
        long term = YearFixtures.officersTerm();
        int year = YearFixtures.yearOf(term);
        String day = year + "-03-29";
        long campaign = Api.as(Actor.LEADER_OFFICER).body(YearFixtures.campaignBody(term)).post("/api/v1/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = new java.util.LinkedHashMap<>(YearFixtures.covenantBody());
        body.put("campaignIds", List.of(campaign));
        body.put("documents", List.of(Map.of("kind", "PLAN", "title", "Kế hoạch hoạt động của Khối", "adoptedOn", day),
                Map.of("kind", "RULES", "title", "Quy chế hoạt động"), Map.of("kind", "CRITERIA", "title", "Tiêu chí chấm điểm")));
        Api.raw(Actor.MEMBER_OFFICER).body(body).post("/api/v1/terms/{id}/covenants", term).then().statusCode(403)
                .body("code", equalTo("TERM_MANAGERS_ONLY"));
        Response created = Api.as(Actor.LEADER_OFFICER).body(body).post("/api/v1/terms/{id}/covenants", term);
        created.then().statusCode(201).header("Location", containsString("/api/v1/covenants/"))
                .body("campaigns[0].id", equalTo((int) campaign)).body("documents[0].adoptedOn", equalTo(day))
                .body("missing.size()", equalTo(6)).body("permissions", equalTo(List.of("CIRCULATE", "DELETE", "UPDATE", "UPLOAD_FILE")));
        long id = created.jsonPath().getLong("id");
        Api.raw(Actor.ADMIN).body(body).post("/api/v1/terms/{id}/covenants", term).then().statusCode(409)
                .body("code", equalTo("COVENANT_EXISTS"));
        // not circulated yet: nobody signs
        sign(Actor.MEMBER_OFFICER, id, "BKN.SCT", day).then().statusCode(409).body("code", equalTo("COVENANT_NOT_CIRCULATED"));
        Api.as(Actor.MEMBER_OFFICER).get(PATH, id).then().body("permissions", equalTo(List.of()));
        step(Actor.DEPUTY_OFFICER, id, "CIRCULATED", null).then().statusCode(200).body("status", equalTo("CIRCULATED"));
        Api.as(Actor.MEMBER_OFFICER).get(PATH, id).then().body("permissions", equalTo(List.of("SIGN")));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag(PATH, id)).body(body).put(PATH, id).then()
                .statusCode(409).body("code", equalTo("COVENANT_NOT_DRAFT"));

        // each unit for itself, once, with the date on the paper
        sign(Actor.MEMBER_OFFICER, id, "BKN.SXD", day).then().statusCode(403).body("code", equalTo("TERM_OWN_UNIT_ONLY"));
        sign(Actor.OTHER_BLOC_OFFICER, id, "BKN.SNV", day).then().statusCode(403).body("code", equalTo("TERM_NOT_A_MEMBER"));
        sign(Actor.ADMIN, id, "BKN.SNV", day).then().statusCode(422).body("code", equalTo("COVENANT_NOT_A_MEMBER"));
        sign(Actor.MEMBER_OFFICER, id, "BKN.SCT", LocalDate.now(vn.thidua.common.time.Clocks.VIETNAM).plusDays(1).toString()).then().statusCode(422)
                .body("code", equalTo("DATE_IN_FUTURE"));
        sign(Actor.MEMBER_OFFICER, id, "BKN.SCT", (year - 1) + "-12-31").then().statusCode(422)
                .body("code", equalTo("COVENANT_SIGNED_BEFORE_YEAR"));
        Response signed = sign(Actor.MEMBER_OFFICER, id, "BKN.SCT", day);
        signed.then().statusCode(201).header("Location", containsString("/api/v1/covenant-signatures/"))
                .body("signedOn", equalTo(day)).body("signerTitle", equalTo("Giám đốc"))
                .body("permissions", equalTo(List.of("UPLOAD_SCAN")));
        sign(Actor.MEMBER_OFFICER, id, "BKN.SCT", day).then().statusCode(409).body("code", equalTo("COVENANT_ALREADY_SIGNED"));
        Api.as(Actor.MEMBER_OFFICER).get(PATH, id).then().body("permissions", equalTo(List.of()))
                .body("missing.code", not(hasItem("BKN.SCT"))).body("status", equalTo("CIRCULATED"));

        sign(Actor.LEADER_OFFICER, id, "BKN.SXD", day).then().statusCode(201);
        sign(Actor.DEPUTY_OFFICER, id, "BKN.BQLDA.NN", day).then().statusCode(201);
        for (String code : YearFixtures.OTHER_MEMBERS.subList(0, 2)) {
            sign(Actor.ADMIN, id, code, day).then().statusCode(201);
        }
        Api.as(Actor.VIEWER).get(PATH, id).then().body("status", equalTo("CIRCULATED")).body("missing.size()", equalTo(1));
        // the last signature signs the covenant, on the paper's date
        sign(Actor.ADMIN, id, YearFixtures.OTHER_MEMBERS.get(2), day).then().statusCode(201);
        Api.as(Actor.VIEWER).get(PATH, id).then().body("status", equalTo("SIGNED")).body("signedOn", equalTo(day))
                .body("missing.size()", equalTo(0)).body("signatures.size()", equalTo(6))
                .body("closedIncomplete", equalTo(false));
    }

    @Test
    void theLeaderClosesWithAReasonAndTheMissingAreRecorded() {
        long term = YearFixtures.officersTerm();
        long id = YearFixtures.circulatedCovenant(term);
        String day = YearFixtures.yearOf(term) + "-04-02";
        sign(Actor.MEMBER_OFFICER, id, "BKN.SCT", day).then().statusCode(201);
        step(Actor.MEMBER_OFFICER, id, "SIGNED", "x").then().statusCode(403).body("code", equalTo("TERM_MANAGERS_ONLY"));
        step(Actor.LEADER_OFFICER, id, "SIGNED", null).then().statusCode(422)
                .body("code", equalTo("COVENANT_SIGNATURES_MISSING")).body("detail", containsString("Sở Xây dựng"))
                .body("detail", containsString("5"));
        step(Actor.LEADER_OFFICER, id, "SIGNED", "Các đơn vị còn lại vắng mặt tại hội nghị").then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("closedIncomplete", equalTo(true))
                .body("closedReason", equalTo("Các đơn vị còn lại vắng mặt tại hội nghị"))
                .body("closedMissing.size()", equalTo(5)).body("closedMissing.code", hasItem("BKN.SXD"))
                .body("signedOn", equalTo(day)).body("permissions", equalTo(List.of("UPLOAD_FILE")));
        sign(Actor.LEADER_OFFICER, id, "BKN.SXD", day).then().statusCode(409).body("code", equalTo("COVENANT_NOT_CIRCULATED"));
    }

    @Test
    void aCovenantNeedsAClauseToCirculateAndOnlyADraftIsChangedOrDeleted() {
        long term = YearFixtures.officersTerm();
        long id = Api.as(Actor.ADMIN).body(Map.of("title", "Giao ước", "clauses", List.of()))
                .post("/api/v1/terms/{id}/covenants", term).then().statusCode(201).extract().jsonPath().getLong("id");
        step(Actor.LEADER_OFFICER, id, "CIRCULATED", null).then().statusCode(422).body("code", equalTo("COVENANT_NEEDS_CLAUSES"));
        step(Actor.LEADER_OFFICER, id, "SIGNED", "x").then().statusCode(409).body("code", equalTo("COVENANT_STATUS_STEP"));
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag(PATH, id)).body(YearFixtures.covenantBody())
                .put(PATH, id).then().statusCode(200).body("clauses.size()", equalTo(2));
        // a campaign of another term is not this covenant's
        Map<String, Object> foreign = new java.util.LinkedHashMap<>(YearFixtures.covenantBody());
        foreign.put("campaignIds", List.of(YearFixtures.draftCampaign()));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag(PATH, id)).body(foreign).put(PATH, id).then()
                .statusCode(422).body("code", equalTo("COVENANT_CAMPAIGN_NOT_OF_TERM"));
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag(PATH, id)).delete(PATH, id).then().statusCode(204);
        long circulated = YearFixtures.circulatedCovenant(YearFixtures.officersTerm());
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag(PATH, circulated)).delete(PATH, circulated).then()
                .statusCode(409).body("code", equalTo("COVENANT_NOT_DRAFT"));
    }

    @Test
    void adoptedDocumentsAreTheManagersFilesAndASignedScanIsTheSigningUnits() {
        long term = YearFixtures.officersTerm();
        long id = YearFixtures.circulatedCovenant(term);
        upload(Actor.LEADER_OFFICER, "/api/v1/covenants/{id}/files", id, "PLAN", null).then().statusCode(201)
                .body("kind", equalTo("COVENANT_PLAN"));
        upload(Actor.LEADER_OFFICER, "/api/v1/covenants/{id}/files", id, "CRITERIA", null).then().statusCode(201)
                .body("kind", equalTo("COVENANT_CRITERIA"));
        upload(Actor.LEADER_OFFICER, "/api/v1/covenants/{id}/files", id, "PLAN", null).then().statusCode(409)
                .body("code", equalTo("OFFICIAL_FILE_ATTACHED"));
        upload(Actor.MEMBER_OFFICER, "/api/v1/covenants/{id}/files", id, "RULES", null).then().statusCode(403);
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/covenants/{id}/files", id).then().statusCode(200)
                .body("kind", equalTo(List.of("COVENANT_PLAN", "COVENANT_CRITERIA")));

        long signature = sign(Actor.MEMBER_OFFICER, id, "BKN.SCT", YearFixtures.yearOf(term) + "-03-29").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        upload(Actor.LEADER_OFFICER, "/api/v1/covenant-signatures/{id}/files", signature, null, null).then().statusCode(403)
                .body("code", equalTo("TERM_OWN_UNIT_ONLY"));
        long scan = upload(Actor.MEMBER_OFFICER, "/api/v1/covenant-signatures/{id}/files", signature, null, null).then()
                .statusCode(201).body("kind", equalTo("COVENANT_SIGNED_SCAN")).extract().jsonPath().getLong("id");
        Api.as(Actor.VIEWER).get("/api/v1/covenant-signatures/{id}/files", signature).then().statusCode(200)
                .body("id", equalTo(List.of((int) scan)));
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/covenant-signatures/{id}", signature).then().statusCode(200)
                .body("unit.code", equalTo("BKN.SCT")).body("permissions", equalTo(List.of()));
        Api.unvalidated(Actor.OTHER_ADMIN).accept("*/*").get("/api/v1/files/{id}", scan).then().statusCode(404);
        Api.unvalidated(Actor.OTHER_BLOC_OFFICER).accept("*/*").get("/api/v1/files/{id}", scan).then().statusCode(200);
    }

    private static Response upload(Actor actor, String path, long id, String kind, Long supersedes) {
        return Uploads.file(Api.raw(actor), "van-ban.pdf", Uploads.PDF, supersedes, kind).post(path, id);
    }

    private static Response sign(Actor actor, long covenant, String unit, String signedOn) {
        return Api.raw(actor).body(YearFixtures.signatureBody(SeedCases.unitId(unit), signedOn))
                .post("/api/v1/covenants/{id}/signatures", covenant);
    }

    private static Response step(Actor actor, long id, String status, String reason) {
        Map<String, Object> change = new java.util.LinkedHashMap<>();
        change.put("status", status);
        if (reason != null) {
            change.put("reason", reason);
        }
        return Api.raw(actor).header("If-Match", Fixtures.etag(PATH, id)).body(change).post(PATH + "/status", id);
    }
}
