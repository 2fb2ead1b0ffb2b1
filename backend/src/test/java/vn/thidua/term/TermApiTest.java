package vn.thidua.term;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;

@QuarkusTest
class TermApiTest {

    @Test
    void theYearIsManagedByTheBoardAndTheLeaderAndDeputyOfficersOnlyWhileOpenWithOneEtagForAll() {
        long term = SeedCases.termId("bk", 2023);
        String etag = null;
        for (Actor actor : List.of(Actor.ADMIN, Actor.LEADER_OFFICER, Actor.DEPUTY_OFFICER, Actor.MEMBER_OFFICER,
                Actor.OTHER_BLOC_OFFICER, Actor.NATIONAL, Actor.VIEWER)) {
            boolean manages = actor == Actor.ADMIN || actor == Actor.LEADER_OFFICER || actor == Actor.DEPUTY_OFFICER;
            var response = Api.as(actor).get("/api/v1/terms/{id}", term).then().statusCode(200)
                    .body("permissions", equalTo(manages ? List.of("MANAGE_YEAR") : List.of())).extract();
            assertEquals(etag == null ? response.header("ETag") : etag, response.header("ETag"), actor + " sees the same ETag");
            etag = response.header("ETag");
            Api.as(actor).get("/api/v1/terms?blocId={bloc}&year=2023", response.jsonPath().getLong("blocId")).then()
                    .body("items[0].permissions", equalTo(manages ? List.of("MANAGE_YEAR") : List.of()));
        }
    }

    @Test
    void aTermNamesItsLeaderAndDeputyAsTheirUnitsWereNamedWhenTheyJoined() {
        String oldName = "Sở Tên cũ " + Fixtures.unique();
        long leader = Fixtures.unit().named(oldName).create();
        long deputy = Fixtures.unit().create();
        long bloc = Fixtures.bloc().create();
        long term = Fixtures.term(bloc, 2023).create();
        Fixtures.member(term, leader, "LEADER");
        Fixtures.member(term, deputy, "DEPUTY");
        Fixtures.member(term, Fixtures.unit().create(), "MEMBER");
        String newName = "Sở Tên mới " + Fixtures.unique();
        Api.as(Actor.ADMIN).body(Map.of("kind", "RENAME", "effectiveDate", "2024-01-01",
                "decision", Fixtures.decision("7/QĐ-UBND", "2023-12-20"), "predecessorIds", List.of(leader),
                "newName", newName)).post("/api/v1/unit-successions").then().statusCode(201);

        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", term).then().statusCode(200)
                .body("memberCount", equalTo(3))
                .body("leader.id", equalTo((int) leader)).body("leader.name", equalTo(oldName))
                .body("deputy.id", equalTo((int) deputy));
        Api.as(Actor.VIEWER).get("/api/v1/terms?blocId={bloc}&year=2023", bloc).then().statusCode(200)
                .body("items[0].leader.name", equalTo(oldName)).body("items[0].memberCount", equalTo(3));
        long next = Fixtures.term(bloc, 2024).create();
        Fixtures.member(next, leader, "DEPUTY");
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", next).then().statusCode(200)
                .body("memberCount", equalTo(1)).body("deputy.name", equalTo(newName)).body("leader", equalTo(null));
    }

    @Test
    void theMembersListNamesEachUnitAsItWasNamedWhenItJoinedAndTagsItAsItsOwnReadDoes() {
        String oldName = "Sở Trước đổi tên " + Fixtures.unique();
        long renamed = Fixtures.unit().named(oldName).create();
        long bloc = Fixtures.bloc().create();
        long term = Fixtures.term(bloc, 2023).create();
        long membership = Fixtures.member(term, renamed, "DEPUTY");
        Fixtures.member(term, Fixtures.unit().create(), "LEADER");
        String newName = "Sở Sau đổi tên " + Fixtures.unique();
        Api.as(Actor.ADMIN).body(Map.of("kind", "RENAME", "effectiveDate", "2024-01-01",
                "decision", Fixtures.decision("8/QĐ-UBND", "2023-12-20"), "predecessorIds", List.of(renamed),
                "newName", newName)).post("/api/v1/unit-successions").then().statusCode(201);
        long next = Fixtures.term(bloc, 2024).create();
        Fixtures.member(next, renamed, "MEMBER");

        String etag = Fixtures.etag("/api/v1/memberships/{id}", membership);
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships", term).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[1].id", equalTo((int) membership))
                .body("items[1].unit.id", equalTo((int) renamed))
                .body("items[1].unit.name", equalTo(oldName))
                .body("items[1].etag", equalTo(etag));
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships", next).then().statusCode(200)
                .body("items[0].unit.name", equalTo(newName));
    }

    @Test
    void aNewTermTakesTheLegalDefaultRules() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2025).create();
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", term).then().statusCode(200)
                .body("status", equalTo("PLANNING"))
                .body("rules.leaderSelection", equalTo("ELECTION"))
                .body("rules.quorumNumerator", equalTo(2))
                .body("rules.quorumDenominator", equalTo(3))
                .body("rules.winningThresholdPercent", equalTo(50.0f))
                .body("rules.winningThresholdInclusive", equalTo(false))
                .body("rules.winningThresholdBase", equalTo("VALID_BALLOTS"))
                .body("rules.flagQuota", equalTo(1))
                .body("rules.certificateQuota", equalTo(3))
                .body("memberCount", equalTo(0));
    }

    @Test
    void rulesCanBeSetPerTerm() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2025)
                .rules(Map.of("leaderSelection", "ROTATION", "winningThresholdPercent", 70,
                        "winningThresholdInclusive", true))
                .create();
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", term).then()
                .body("rules.leaderSelection", equalTo("ROTATION"))
                .body("rules.winningThresholdPercent", equalTo(70.0f))
                .body("rules.winningThresholdInclusive", equalTo(true))
                .body("rules.quorumDenominator", equalTo(3));
    }

    @Test
    void termsFilterAndSort() {
        long bloc = Fixtures.bloc().create();
        long cluster = Fixtures.bloc().kind("CUM").create();
        long t2023 = Fixtures.term(bloc, 2023).create();
        long t2024 = Fixtures.term(bloc, 2024).create();
        long c2024 = Fixtures.term(cluster, 2024).create();
        long unit = Fixtures.unit().create();
        Fixtures.member(t2024, unit, "MEMBER");

        Api.as(Actor.VIEWER).queryParam("blocId", bloc).queryParam("sort", "-year").get("/api/v1/terms").then()
                .body("items.id", contains((int) t2024, (int) t2023));
        Api.as(Actor.VIEWER).queryParam("blocId", bloc).queryParam("sort", "year").get("/api/v1/terms").then()
                .body("items.id", contains((int) t2023, (int) t2024));
        Api.as(Actor.VIEWER).queryParam("unitId", unit).get("/api/v1/terms").then()
                .body("items.id", contains((int) t2024));
        Api.as(Actor.VIEWER).queryParam("kind", "CUM").queryParam("year", 2024).queryParam("size", 100)
                .get("/api/v1/terms").then().body("items.findAll { it.blocId == " + cluster + " }.id",
                        contains((int) c2024));
        Api.as(Actor.VIEWER).queryParam("blocId", bloc).queryParam("size", 1).queryParam("page", 1)
                .queryParam("sort", "-year").get("/api/v1/terms").then()
                .body("total", equalTo(2)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items.id", contains((int) t2023));
    }

    @Test
    void aBlocHasOneTermPerYearAndADissolvedBlocOpensNone() {
        long bloc = Fixtures.bloc().create();
        Fixtures.term(bloc, 2025).create();
        Api.raw(Actor.ADMIN).body(Map.of("blocId", bloc, "year", 2025)).post("/api/v1/terms").then().statusCode(409);
        var dissolved = Fixtures.bloc();
        long id = dissolved.create();
        var body = new java.util.LinkedHashMap<>(dissolved.body());
        body.put("status", "DISSOLVED");
        body.put("dissolvedOn", "2025-06-30");
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/blocs/{id}", id)).body(body).put("/api/v1/blocs/{id}", id).then().statusCode(200);
        Api.raw(Actor.ADMIN).body(Map.of("blocId", id, "year", 2026)).post("/api/v1/terms").then().statusCode(422)
                .body("errors[0].field", equalTo("blocId"));
    }
}
