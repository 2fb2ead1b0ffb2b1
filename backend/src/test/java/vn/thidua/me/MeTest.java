package vn.thidua.me;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.SeedCases;

/** What a signed-in person sees of themselves: the unit in their token and its blocs. */
@QuarkusTest
class MeTest {

    @BeforeEach
    void seed() {
        SeedCases.ensureLoaded();
    }

    @Test
    void aMemberOfficerSeesItsBlocAndLeadersButCannotManage() {
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("bk.sct"))
                .body("roles", hasItem("officer"))
                .body("unit.code", equalTo("BKN.SCT"))
                // the seed year; other suites give the demo officers' units later years too (e.g. the leadership matrix's 2031)
                .body("memberships.find { it.year == 2023 }.blocName", equalTo("Khối thi đua Kinh tế – Kỹ thuật"))
                .body("memberships.find { it.year == 2023 }.role", equalTo("MEMBER"))
                .body("memberships.find { it.year == 2023 }.leader.name", equalTo("Sở Xây dựng"))
                .body("memberships.find { it.year == 2023 }.canManage", equalTo(false));
    }

    @Test
    void theLeaderAndDeputyOfficersManageTheirTerm() {
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/me").then()
                .body("memberships.find { it.year == 2023 }.role", equalTo("LEADER"))
                .body("memberships.find { it.year == 2023 }.canManage", equalTo(true));
        Api.as(Actor.DEPUTY_OFFICER).get("/api/v1/me").then()
                .body("memberships.find { it.year == 2023 }.role", equalTo("DEPUTY"))
                .body("memberships.find { it.year == 2023 }.canManage", equalTo(true));
    }

    @Test
    void callersWithoutAUnitSeeNoMemberships() {
        Api.as(Actor.VIEWER).get("/api/v1/me").then().body("unit", nullValue()).body("memberships.size()", equalTo(0));
        Api.as(Actor.PORTAL).get("/api/v1/me").then().body("roles", hasItem("portal"));
    }

    @Test
    void anOfficerWhoseUnitIsUnknownOrMergedAwayIsToldWhy() {
        Api.raw(Actor.UNKNOWN_UNIT_OFFICER).get("/api/v1/me").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("XXX.NONE"));
        Api.raw(Actor.INACTIVE_UNIT_OFFICER).header("Accept-Language", "en").get("/api/v1/units").then()
                .statusCode(403).body("detail", containsString("BKN.SGTVT"))
                .body("detail", containsString("no longer active"));
    }
}
