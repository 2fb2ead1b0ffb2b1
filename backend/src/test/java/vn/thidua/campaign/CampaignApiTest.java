package vn.thidua.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
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

/** Campaigns: who drafts, launches and closes them, the launch document, the kinds' rules, files. */
@QuarkusTest
class CampaignApiTest {

    @BeforeEach
    void seed() {
        SeedCases.ensureLoaded();
    }

    @Test
    void theLeaderDraftsLaunchesOnTheDocumentsDateAndCloses() {
        Response created = Api.as(Actor.LEADER_OFFICER).body(YearFixtures.campaignBody(YearFixtures.bkTerm()))
                .post("/api/v1/campaigns");
        created.then().statusCode(201).header("Location", containsString("/api/v1/campaigns/"))
                .header("ETag", not(nullValue())).body("status", equalTo("DRAFT"))
                .body("permissions", equalTo(List.of("DELETE", "LAUNCH", "UPDATE", "UPLOAD_FILE")));
        long id = created.jsonPath().getLong("id");

        // no launch document yet: the guard names it
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", created.header("ETag")).body(Map.of("status", "LAUNCHED"))
                .post("/api/v1/campaigns/{id}/status", id).then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_NEEDS_LAUNCH_DOCUMENT")).body("errors[0].field", equalTo("launchDecision"));

        Map<String, Object> update = updateOf(id);
        update.put("launchDecision", YearFixtures.launchDocument());
        String etag = Api.as(Actor.DEPUTY_OFFICER).header("If-Match", created.header("ETag")).body(update)
                .put("/api/v1/campaigns/{id}", id).then().statusCode(200).extract().header("ETag");
        Api.as(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("status", "LAUNCHED"))
                .post("/api/v1/campaigns/{id}/status", id).then().statusCode(200).body("status", equalTo("LAUNCHED"))
                // the launch date is the document's (14/3/2023), not today's
                .body("launchedOn", equalTo("2023-03-14"))
                .body("permissions", equalTo(List.of("CLOSE", "REGISTER", "UPDATE", "UPLOAD_FILE")));
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id))
                .body(Map.of("status", "CLOSED")).post("/api/v1/campaigns/{id}/status", id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("permissions", equalTo(List.of()));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id))
                .body(Map.of("status", "LAUNCHED")).post("/api/v1/campaigns/{id}/status", id).then().statusCode(409)
                .body("code", equalTo("CAMPAIGN_STATUS_STEP")).body("detail", containsString("Đã kết thúc"));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id)).body(updateOf(id))
                .put("/api/v1/campaigns/{id}", id).then().statusCode(409).body("code", equalTo("CAMPAIGN_CLOSED"));
    }

    @Test
    void onlyTheManagersOfTheTermDraftItsCampaigns() {
        Map<String, Object> body = YearFixtures.campaignBody(YearFixtures.bkTerm());
        Api.raw(Actor.MEMBER_OFFICER).body(body).post("/api/v1/campaigns").then().statusCode(403)
                .body("code", equalTo("TERM_MANAGERS_ONLY"));
        Api.raw(Actor.OTHER_BLOC_OFFICER).body(body).post("/api/v1/campaigns").then().statusCode(403)
                .body("code", equalTo("TERM_MANAGERS_ONLY"));
        Api.raw(Actor.OTHER_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_TERM_UNKNOWN"));
        Api.raw(Actor.VIEWER).body(body).post("/api/v1/campaigns").then().statusCode(403);
        // a member reads it, may register once launched, and manages nothing
        long launched = YearFixtures.launchedCampaign();
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/campaigns/{id}", launched).then().statusCode(200)
                .body("permissions", equalTo(List.of("REGISTER")));
        Api.as(Actor.OTHER_BLOC_OFFICER).get("/api/v1/campaigns/{id}", launched).then().statusCode(200)
                .body("permissions", equalTo(List.of()));
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", launched))
                .body(Map.of("status", "CLOSED")).post("/api/v1/campaigns/{id}/status", launched).then().statusCode(403)
                .body("code", equalTo("TERM_MANAGERS_ONLY"));
        Api.raw(Actor.OTHER_ADMIN).get("/api/v1/campaigns/{id}", launched).then().statusCode(404)
                .body("code", equalTo("CAMPAIGN_NOT_FOUND"));
    }

    @Test
    void theIfMatchIsTheSameForEveryCaller() {
        long id = YearFixtures.draftCampaign();
        String admin = Fixtures.etag("/api/v1/campaigns/{id}", id);
        Api.as(Actor.VIEWER).get("/api/v1/campaigns/{id}", id).then().header("ETag", equalTo(admin));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", "\"stale\"").body(updateOf(id)).put("/api/v1/campaigns/{id}", id)
                .then().statusCode(412).body("code", equalTo("STALE_ETAG"));
        Api.raw(Actor.LEADER_OFFICER).body(updateOf(id)).put("/api/v1/campaigns/{id}", id).then().statusCode(428);
    }

    @Test
    void aSpecialPeriodNeedsItsEndAndThePeriodRunsForward() {
        Map<String, Object> body = YearFixtures.campaignBody(YearFixtures.bkTerm());
        body.put("kind", "SPECIAL_PERIOD");
        body.remove("endsOn");
        Api.raw(Actor.LEADER_OFFICER).body(body).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_END_DATE_REQUIRED")).body("errors[0].field", equalTo("endsOn"));
        body.put("endsOn", "2023-03-01");
        Api.raw(Actor.LEADER_OFFICER).body(body).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_PERIOD_INVALID"));
        body.put("endsOn", "2023-06-30");
        Api.as(Actor.LEADER_OFFICER).body(body).post("/api/v1/campaigns").then().statusCode(201);
    }

    @Test
    void aCampaignBelongsToATermOrAProvinceAndTheBoardLaunchesTheProvincesOnes() {
        Map<String, Object> both = YearFixtures.campaignBody(YearFixtures.bkTerm());
        both.put("provinceId", Fixtures.provinceId("06"));
        Api.raw(Actor.ADMIN).body(both).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_OWNER_REQUIRED"));
        Map<String, Object> province = provinceCampaign();
        Api.raw(Actor.LEADER_OFFICER).body(province).post("/api/v1/campaigns").then().statusCode(403);
        Api.raw(Actor.OTHER_ADMIN).body(province).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("PROVINCE_OUT_OF_SCOPE"));
        Response created = Api.as(Actor.ADMIN).body(province).post("/api/v1/campaigns");
        created.then().statusCode(201).body("termId", nullValue()).body("provinceCode", equalTo("06"));
        long id = created.jsonPath().getLong("id");
        // the leader of a bloc reads the province's campaign but does not manage it
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .body("permissions", equalTo(List.of()));
        Api.as(Actor.VIEWER).get("/api/v1/campaigns?provinceId=" + Fixtures.provinceId("06") + "&size=100").then()
                .statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void aResponseLinksALaunchedCampaignOfItsOwnProvince() {
        long provinceCampaign = Api.as(Actor.ADMIN).body(provinceCampaign()).post("/api/v1/campaigns").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> response = YearFixtures.campaignBody(YearFixtures.bkTerm());
        response.put("kind", "RESPONSE");
        Api.raw(Actor.LEADER_OFFICER).body(response).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_RESPONSE_NEEDS_LINK"));
        response.put("respondsToCampaignId", provinceCampaign);
        // still a draft: cannot be responded to
        Api.raw(Actor.LEADER_OFFICER).body(response).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_RESPONSE_TARGET_INVALID"));
        YearFixtures.move("/api/v1/campaigns/{id}", provinceCampaign, Map.of("status", "LAUNCHED"));
        Api.as(Actor.LEADER_OFFICER).body(response).post("/api/v1/campaigns").then().statusCode(201)
                .body("respondsTo.id", equalTo((int) provinceCampaign)).body("kind", equalTo("RESPONSE"));
        Map<String, Object> thematic = YearFixtures.campaignBody(YearFixtures.bkTerm());
        thematic.put("respondsToCampaignId", provinceCampaign);
        Api.raw(Actor.LEADER_OFFICER).body(thematic).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_LINK_ONLY_FOR_RESPONSE"));
        // a bloc campaign is never the target of a response
        response.put("respondsToCampaignId", YearFixtures.launchedCampaign());
        Api.raw(Actor.LEADER_OFFICER).body(response).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_RESPONSE_TARGET_INVALID"));
        Map<String, Object> provinceResponse = provinceCampaign();
        provinceResponse.put("kind", "RESPONSE");
        Api.raw(Actor.ADMIN).body(provinceResponse).post("/api/v1/campaigns").then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_RESPONSE_NEEDS_TERM"));
    }

    @Test
    void aLaunchDocumentDatedAfterTodayCannotLaunch() {
        Map<String, Object> body = YearFixtures.campaignBody(YearFixtures.bkTerm());
        Map<String, Object> decision = YearFixtures.launchDocument();
        decision.put("date", LocalDate.now(vn.thidua.common.time.Clocks.VIETNAM).plusDays(3).toString());
        body.put("launchDecision", decision);
        long id = Api.as(Actor.LEADER_OFFICER).body(body).post("/api/v1/campaigns").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id))
                .body(Map.of("status", "LAUNCHED")).post("/api/v1/campaigns/{id}/status", id).then().statusCode(422)
                .body("code", equalTo("CAMPAIGN_LAUNCH_DATE_IN_FUTURE"));
    }

    @Test
    void aLaunchedCampaignKeepsItsKindAndDocumentButItsDeadlineMayMove() {
        long id = YearFixtures.launchedCampaign("2023-03-31");
        Map<String, Object> update = updateOf(id);
        update.put("registrationDeadline", "2023-04-15");
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id)).body(update)
                .put("/api/v1/campaigns/{id}", id).then().statusCode(200).body("registrationDeadline", equalTo("2023-04-15"));
        update.put("kind", "YEARLY");
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id)).body(update)
                .put("/api/v1/campaigns/{id}", id).then().statusCode(409).body("code", equalTo("CAMPAIGN_LAUNCH_FIXED"));
        update.put("kind", "THEMATIC");
        update.put("launchDecision", Map.of("number", "410/TĐKT-KTKT", "date", "2023-03-15", "issuer", "Khối"));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id)).body(update)
                .put("/api/v1/campaigns/{id}", id).then().statusCode(409).body("code", equalTo("CAMPAIGN_LAUNCH_FIXED"));
    }

    @Test
    void onlyADraftWithoutFilesIsDeleted() {
        long draft = YearFixtures.draftCampaign();
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", draft))
                .delete("/api/v1/campaigns/{id}", draft).then().statusCode(403);
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", draft))
                .delete("/api/v1/campaigns/{id}", draft).then().statusCode(204);
        Api.raw(Actor.VIEWER).get("/api/v1/campaigns/{id}", draft).then().statusCode(404);
        long launched = YearFixtures.launchedCampaign();
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", launched))
                .delete("/api/v1/campaigns/{id}", launched).then().statusCode(409).body("code", equalTo("CAMPAIGN_NOT_DELETABLE"));
        long withFile = YearFixtures.draftCampaign();
        Uploads.file(Api.raw(Actor.LEADER_OFFICER), "409-TDKT-KTKT.pdf", Uploads.PDF, null)
                .post("/api/v1/campaigns/{id}/files", withFile).then().statusCode(201);
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", withFile))
                .delete("/api/v1/campaigns/{id}", withFile).then().statusCode(409).body("code", equalTo("CAMPAIGN_HAS_FILES"));
    }

    @Test
    void theLaunchDocumentIsAnOfficialFileOfTheManagersReadByAll() {
        long id = YearFixtures.launchedCampaign();
        Response first = Uploads.file(Api.raw(Actor.LEADER_OFFICER), "Văn bản 409.pdf", Uploads.PDF, null)
                .post("/api/v1/campaigns/{id}/files", id);
        first.then().statusCode(201).body("kind", equalTo("CAMPAIGN_LAUNCH_DOCUMENT")).header("Location", containsString("/api/v1/files/"));
        long fileId = first.jsonPath().getLong("id");
        Uploads.file(Api.raw(Actor.LEADER_OFFICER), "lai.pdf", Uploads.PDF, null).post("/api/v1/campaigns/{id}/files", id)
                .then().statusCode(409).body("code", equalTo("OFFICIAL_FILE_ATTACHED"));
        Uploads.file(Api.raw(Actor.MEMBER_OFFICER), "x.pdf", Uploads.PDF, null).post("/api/v1/campaigns/{id}/files", id)
                .then().statusCode(403).body("code", equalTo("TERM_MANAGERS_ONLY"));
        Uploads.file(Api.raw(Actor.LEADER_OFFICER), "x.pdf", "<html><script>1</script></html>".getBytes(StandardCharsets.UTF_8), fileId)
                .post("/api/v1/campaigns/{id}/files", id).then().statusCode(415).body("code", equalTo("FILE_TYPE_NOT_ALLOWED"));
        long second = Uploads.file(Api.raw(Actor.DEPUTY_OFFICER), "ban-thay-the.pdf", Uploads.PDF, fileId)
                .post("/api/v1/campaigns/{id}/files", id).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/campaigns/{id}/files", id).then().statusCode(200)
                .body("id", equalTo(List.of((int) second, (int) fileId))).body("[1].supersededBy", equalTo((int) second));
        Api.unvalidated(Actor.VIEWER).accept("*/*").get("/api/v1/files/{id}", fileId).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"));
        Api.unvalidated(Actor.OTHER_ADMIN).accept("*/*").get("/api/v1/files/{id}", fileId).then().statusCode(404);
    }

    @Test
    void aClosedTermIsReadOnlyForItsCampaigns() {
        // Hà Nam 2013 is recorded from sources as CLOSED; its Board (Ninh Bình's admin) cannot add campaigns to it
        Map<String, Object> body = YearFixtures.campaignBody(SeedCases.termId("hn", 2013));
        Api.raw(Actor.NB_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(409)
                .body("code", equalTo("TERM_CLOSED_READ_ONLY"));
    }

    private static Map<String, Object> provinceCampaign() {
        Map<String, Object> body = YearFixtures.campaignBody(0);
        body.remove("termId");
        body.put("provinceId", Fixtures.provinceId("06"));
        body.put("kind", "YEARLY");
        body.put("launchDecision", Map.of("number", "21/KH-UBND", "date", "2023-01-16", "issuer", "UBND tỉnh Bắc Kạn"));
        return body;
    }

    /** The campaign's current fields as an update body. */
    private static Map<String, Object> updateOf(long id) {
        var c = Api.as(Actor.ADMIN).get("/api/v1/campaigns/{id}", id).jsonPath();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("kind", c.getString("kind"));
        body.put("title", c.getString("title"));
        body.put("theme", c.getString("theme"));
        body.put("startsOn", c.getString("startsOn"));
        body.put("endsOn", c.getString("endsOn"));
        body.put("registrationDeadline", c.getString("registrationDeadline"));
        if (c.get("launchDecision") != null) {
            body.put("launchDecision", c.getMap("launchDecision"));
        }
        if (c.get("respondsTo") != null) {
            body.put("respondsToCampaignId", c.getLong("respondsTo.id"));
        }
        return body;
    }
}
