package vn.thidua.seed;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;

/** The three seed cases of DOMAIN.md, loaded through the API, read back as a user would see them. */
@QuarkusTest
class SeedCasesTest {

    @BeforeEach
    void load() {
        SeedCases.ensureLoaded();
    }

    @Test
    void bacKan2023HasElevenUnitsLedBySoXayDung() {
        long term = SeedCases.termId("bk", 2023);
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", term).then().statusCode(200)
                .body("year", equalTo(2023))
                .body("blocName", equalTo("Khối thi đua Kinh tế – Kỹ thuật"))
                .body("memberCount", equalTo(11))
                .body("leader.name", equalTo("Sở Xây dựng"))
                .body("deputy.shortName", equalTo("Ban QLDA đầu tư xây dựng công trình NN&PTNT"));
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships?size=50", term).then().statusCode(200)
                .body("total", equalTo(11))
                .body("items[0].role", equalTo("LEADER"))
                .body("items[0].unit.name", equalTo("Sở Xây dựng"))
                .body("items[1].role", equalTo("DEPUTY"))
                .body("items.unit.name", hasItem("Ban Quản lý Vườn Quốc gia Ba Bể"))
                .body("items.unit.name", hasItem("Quỹ Phát triển đất, rừng và Bảo vệ môi trường"));
    }

    @Test
    void bacNinh2024HasTwelveUnitsByDecision138WithTheFundDesignatedLeader() {
        long term = SeedCases.termId("bn", 2024);
        Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/terms/{id}", term).then().statusCode(200)
                .body("memberCount", equalTo(12))
                .body("decision.number", equalTo("138/QĐ-UBND"))
                .body("decision.date", equalTo("2024-02-15"))
                .body("rules.leaderSelection", equalTo("DESIGNATION"))
                .body("leader.name", equalTo("Quỹ Đầu tư phát triển tỉnh"));
        List<String> names = Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/terms/{id}/memberships?size=50", term).jsonPath()
                .getList("items.unit.name");
        assertEquals(12, names.size());
        org.hamcrest.MatcherAssert.assertThat(names, hasItem("Cục Dự trữ Nhà nước khu vực Hà Bắc"));
        org.hamcrest.MatcherAssert.assertThat(names, hasItem("Liên minh hợp tác xã tỉnh"));
    }

    @Test
    void haNam2013HasEightUnitsWithSoCongThuongLeaderAndSoTnmtDeputy() {
        long term = SeedCases.termId("hn", 2013);
        Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/terms/{id}", term).then().statusCode(200)
                .body("memberCount", equalTo(8))
                .body("blocName", equalTo("Khối thi đua kinh tế ngành"))
                .body("leader.name", equalTo("Sở Công Thương"))
                .body("deputy.name", equalTo("Sở Tài nguyên và Môi trường"))
                // 2013 is long over: recorded from its source (the mid-year review article) as closed.
                .body("status", equalTo("CLOSED")).body("recordedFromSources", equalTo(true))
                .body("sourcesReason", containsString("17/7/2013"));
    }

    @Test
    void bacKanHeldItsMidYearReviewOn6July2023ChairedByTheLeader() {
        long id = SeedCases.conferenceId("bk", 2023, "MID_YEAR_REVIEW");
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/conferences/{id}", id).then().statusCode(200)
                .body("termId", equalTo((int) SeedCases.termId("bk", 2023)))
                .body("heldOn", equalTo("2023-07-06")).body("status", equalTo("HELD"))
                .body("venue", equalTo("Hội trường Ban quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh"))
                .body("chairName", equalTo("Bà Hoàng Thị Thúy")).body("chairTitle", equalTo("Giám đốc Sở Xây dựng"))
                .body("chairUnit.name", equalTo("Sở Xây dựng"))
                .body("attendingUnits", equalTo(11)).body("memberCount", equalTo(11))
                // the article names two delegates only and no vote: nothing else is invented
                .body("attendees.findAll { it.delegateName != null }.delegateName",
                        containsInAnyOrder("Bà Hoàng Thị Thúy", "Ông Đinh Huy Hoàng"))
                .body("votingUnits", equalTo(0)).body("hostUnit", org.hamcrest.Matchers.nullValue())
                .body("agenda.size()", equalTo(2)).body("agenda[0].outcome", equalTo("Hội nghị đã thông qua báo cáo."))
                .body("permissions", containsInAnyOrder("DOWNLOAD_MINUTES"));
        // another bloc of the province sees the conference that took place
        Api.as(Actor.OTHER_BLOC_OFFICER).get("/api/v1/terms/{id}/conferences", SeedCases.termId("bk", 2023)).then()
                .body("items.id", hasItem((int) id));
    }

    @Test
    void haNamAgreedTheCriteriaOn17July2013RecordedAsACorrectionOfTheClosedYear() {
        long id = SeedCases.conferenceId("hn", 2013, "MID_YEAR_REVIEW");
        Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/conferences/{id}", id).then().statusCode(200)
                .body("heldOn", equalTo("2013-07-17")).body("venue", equalTo("Sở Tài nguyên và Môi trường"))
                .body("chairName", equalTo("Ông Lê Văn Quyết")).body("guests", equalTo("Đại diện Ban Thi đua Khen thưởng tỉnh"))
                .body("attendingUnits", equalTo(8))
                .body("agenda.title", hasItem("Xây dựng tiêu chí thi đua và bình xét thi đua từng đơn vị trong khối"))
                .body("agenda[1].outcome", containsString("thống nhất tiêu chí thi đua"));
        Api.as(Actor.NB_ADMIN).queryParam("entityType", "Conference").queryParam("entityId", id)
                .get("/api/v1/audit-events").then()
                // every write of the closed year cites the article (the step to HELD is a TRANSITION with it)
                .body("items.operation", containsInAnyOrder("CORRECTION", "CORRECTION", "CORRECTION", "TRANSITION"))
                .body("items.reason", org.hamcrest.Matchers.everyItem(containsString("Hà Nam: Khối thi đua kinh tế ngành")));
    }

    @Test
    void everySeedTermListsExactlyTheUnitsOfItsText() {
        Map<String, Object> seed = SeedCases.read();
        for (Map<String, Object> term : SeedCases.list(seed, "terms")) {
            long id = SeedCases.termId((String) term.get("bloc"), (Integer) term.get("year"));
            List<String> expected = SeedCases.list(term, "members").stream().map(m -> (String) m.get("unit")).toList();
            Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/terms/{id}/memberships?size=50", id).then()
                    .body("items.unit.code", containsInAnyOrder(expected.toArray()));
        }
    }

    @Test
    void theMergerKeepsOldNamesIn2023AndOnlyTheSuccessorIn2026() {
        long transport = SeedCases.unitId("BKN.SGTVT");
        long construction = SeedCases.unitId("BKN.SXD");
        // 2023: Sở Giao thông Vận tải is still a member under its own name.
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships?size=50", SeedCases.termId("bk", 2023)).then()
                .body("items.unit.name", hasItem("Sở Giao thông Vận tải"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}?asOf=2023-07-06", transport).then().statusCode(200)
                .body("name", equalTo("Sở Giao thông Vận tải"))
                .body("activeTo", equalTo("2025-02-28"))
                .body("successions[0].kind", equalTo("MERGE"))
                .body("successions[0].successors[0].name", equalTo("Sở Xây dựng"));

        // 2026: a new term of the same bloc accepts Sở Xây dựng but refuses the merged-away unit.
        long bloc = Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", SeedCases.termId("bk", 2023)).jsonPath()
                .getLong("blocId");
        long term2026 = existingOrNewTerm(bloc, 2026);
        Api.as(Actor.ADMIN).body(Map.of("unitId", construction, "role", "LEADER"))
                .post("/api/v1/terms/{id}/memberships", term2026).then().statusCode(201);
        Api.raw(Actor.ADMIN).body(Map.of("unitId", transport, "role", "MEMBER"))
                .post("/api/v1/terms/{id}/memberships", term2026).then().statusCode(422)
                .body("errors[0].field", equalTo("unitId"));
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships", term2026).then()
                .body("items.unit.name", containsInAnyOrder("Sở Xây dựng"))
                .body("items.unit.code", not(hasItem("BKN.SGTVT")));
    }

    private static long existingOrNewTerm(long bloc, int year) {
        var found = Api.as(Actor.ADMIN).queryParam("blocId", bloc).queryParam("year", year).get("/api/v1/terms")
                .jsonPath();
        if (found.getInt("total") > 0) {
            long id = found.getLong("items[0].id");
            // a re-run against a kept database: start from an empty 2026 roster
            Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/memberships", id).jsonPath().getList("items.id", Long.class)
                    .forEach(m -> Api.as(Actor.ADMIN).header("If-Match",
                            Fixtures.etag("/api/v1/memberships/{id}", m)).delete("/api/v1/memberships/{id}", m));
            return id;
        }
        return Fixtures.term(bloc, year).create();
    }

    @Test
    void bacKan2023CampaignWasLaunchedBy409OnItsDateAndAllElevenUnitsRegistered() {
        long term = SeedCases.termId("bk", 2023);
        var campaigns = Api.as(Actor.MEMBER_OFFICER).get("/api/v1/campaigns?termId=" + term + "&status=LAUNCHED&size=100")
                .jsonPath();
        int index = campaigns.getList("items.launchDecision.number").indexOf("409/TĐKT-KTKT");
        long campaign = campaigns.getLong("items[" + index + "].id");
        Api.as(Actor.VIEWER).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                .body("kind", equalTo("YEARLY")).body("launchDecision.date", equalTo("2023-03-14"))
                .body("launchedOn", equalTo("2023-03-14")).body("blocName", equalTo("Khối thi đua Kinh tế – Kỹ thuật"));
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(200)
                .body("memberCount", equalTo(11)).body("registeredCount", equalTo(11)).body("missing.size()", equalTo(0))
                .body("lateCount", equalTo(0)).body("items.status", everyItem(equalTo("ACCEPTED")))
                .body("items.submittedOn", everyItem(equalTo("2023-07-06")));
    }

    @Test
    void bacNinh2024CovenantWasSignedOn29March2024ByAllTwelveUnitsAfterAdoptingThePlanRulesAndCriteria() {
        long term = SeedCases.termId("bn", 2024);
        var covenant = Api.as(Actor.OTHER_PROVINCE_OFFICER).get("/api/v1/terms/{id}/covenants", term).then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath();
        Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/covenants/{id}", covenant.getLong("items[0].id")).then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("signedOn", equalTo("2024-03-29"))
                .body("closedIncomplete", equalTo(false)).body("memberCount", equalTo(12))
                .body("signatures.size()", equalTo(12)).body("signatures.signedOn", everyItem(equalTo("2024-03-29")))
                .body("missing.size()", equalTo(0))
                .body("documents.kind", equalTo(List.of("PLAN", "RULES", "CRITERIA")))
                .body("documents.adoptedOn", everyItem(equalTo("2024-03-29")))
                .body("signatures.unit.name", hasItem("Quỹ Đầu tư phát triển tỉnh"));
    }
}
