package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Awards;
import vn.thidua.support.Conferences;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Leaderships;
import vn.thidua.support.Rankings;
import vn.thidua.support.Schemes;
import vn.thidua.support.Sheets;
import vn.thidua.support.SeedCases;
import vn.thidua.support.Uploads;
import vn.thidua.support.Votes;
import vn.thidua.support.YearFixtures;

/**
 * Every operation of openapi.yaml × every actor, with real Keycloak tokens: each row states the
 * status each actor gets. Reads target the Bắc Kạn 2023 seed case (province 06, in the scope of
 * the Thái Nguyên Board by lineage); writes target fresh Thái Nguyên (19) rows made by
 * {@link Actor#ADMIN}. An operation added to the contract without a row fails
 * {@link #everyOperationOfTheContractHasARow()}; an actor added without a column fails
 * {@link #everyRowHasAStatusForEveryActor()}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The columns of every row, in {@link Actor} order. */
    static final String COLUMNS = "anon admin adm.bn adm.nb bnv bnv.v ldr dep mem oth.bloc oth.prov viewer portal"
            + " no.prov inactive unknown";

    record Row(Map<Actor, Integer> expected, BiFunction<RequestSpecification, Actor, Response> call) {
    }

    /** An If-Match that names no version the server ever had: a caller let past the checks gets 412. */
    private static final String STALE = "\"0000000000\"";

    private static final Map<String, String> STATUSES = new LinkedHashMap<>();
    private static final Map<String, BiFunction<RequestSpecification, Actor, Response>> CALLS = new LinkedHashMap<>();

    static {
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("getCurrentUser",             "401 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/me"));
        row("listProvinces",              "401 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/provinces?q=ha nam"));
        row("getProvince",                "401 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/provinces/{id}", Fixtures.provinceId("35")));
        row("listUnits",                  "401 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/units?size=100"));
        row("getUnit",                    "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/units/{id}", SeedCases.unitId("BKN.SXD")));
        row("getUnitLineage",             "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/units/{id}/lineage", SeedCases.unitId("BKN.SXD")));
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("createUnit",                 "401 201 422 422 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.body(Fixtures.unit().inProvince(thaiNguyen()).body()).post("/api/v1/units"));
        row("updateUnit",                 "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    var unit = Fixtures.unit();
                    long id = unit.create();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/units/{id}", id)).body(unit.body())
                            .put("/api/v1/units/{id}", id);
                });
        row("deleteUnit",                 "401 204 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long id = Fixtures.unit().create();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/units/{id}", id))
                            .delete("/api/v1/units/{id}", id);
                });
        row("listUnitSuccessions",        "401 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/unit-successions"));
        row("getUnitSuccession",          "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/unit-successions/{id}", seedSuccession()));
        row("createUnitSuccession",       "401 201 422 422 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01", "decision",
                        Fixtures.decision("7/QĐ-UBND", "2025-06-30"), "predecessorIds",
                        List.of(Fixtures.unit().create()), "successorIds", List.of(Fixtures.unit().create())))
                        .post("/api/v1/unit-successions"));
        row("correctUnitSuccession",      "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long id = newMerger();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/unit-successions/{id}", id))
                            .body(Map.of("effectiveDate", "2025-08-01", "decision", Fixtures.decision("8/QĐ-UBND", "2025-07-30"),
                                    "reason", "Sai ngày"))
                            .put("/api/v1/unit-successions/{id}", id);
                });
        row("withdrawUnitSuccession",     "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long id = newMerger();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/unit-successions/{id}", id))
                            .body(Map.of("reason", "Ghi nhầm")).post("/api/v1/unit-successions/{id}/withdrawal", id);
                });
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("listBlocs",                  "401 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/blocs?size=100"));
        row("getBloc",                    "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/blocs/{id}", seedBloc()));
        row("createBloc",                 "401 201 422 422 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.body(Fixtures.bloc().inProvince(thaiNguyen()).body()).post("/api/v1/blocs"));
        row("updateBloc",                 "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    var bloc = Fixtures.bloc();
                    long id = bloc.create();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/blocs/{id}", id)).body(bloc.body())
                            .put("/api/v1/blocs/{id}", id);
                });
        row("deleteBloc",                 "401 204 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long id = Fixtures.bloc().create();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/blocs/{id}", id))
                            .delete("/api/v1/blocs/{id}", id);
                });
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("listTerms",                  "401 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms?size=100"));
        row("getTerm",                    "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}", SeedCases.termId("bk", 2023)));
        row("createTerm",                 "401 201 422 422 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.body(Map.of("blocId", Fixtures.bloc().create(), "year", 2025))
                        .post("/api/v1/terms"));
        row("updateTerm",                 "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long term = newTerm();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                            .body(Map.of("decision", Fixtures.decision("3/QĐ-UBND", "2025-01-05")))
                            .put("/api/v1/terms/{id}", term);
                });
        row("deleteTerm",                 "401 204 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long term = newTerm();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                            .delete("/api/v1/terms/{id}", term);
                });
        row("changeTermStatus",           "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long term = newTerm();
                    Fixtures.member(term, Fixtures.unit().create(), "LEADER");
                    return spec.header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                            .body(Map.of("status", "ACTIVE")).post("/api/v1/terms/{id}/status", term);
                });
        row("recordTermFromSources",      "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long term = newTerm();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                            .body(Map.of("status", "CLOSED", "reason", "Báo cáo tổng kết năm 2025 (lưu trữ)"))
                            .post("/api/v1/terms/{id}/record-from-sources", term);
                });
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("listTermDecisionFiles",      "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/decision-files", SeedCases.termId("bk", 2023)));
        row("uploadTermDecisionFile",     "401 201 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> Uploads.file(spec, "quyet-dinh.pdf", Uploads.PDF, null)
                        .post("/api/v1/terms/{id}/decision-files", newTerm()));
        row("downloadFile",               "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.accept("*/*").get("/api/v1/files/{id}", seedFile()));
        row("listMemberships",            "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/memberships", SeedCases.termId("bk", 2023)));
        row("downloadTermRoster",         "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.accept("application/pdf").get("/api/v1/terms/{id}/memberships/roster.pdf",
                        SeedCases.termId("bk", 2023)));
        row("downloadTermRosterSpreadsheet", "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .get("/api/v1/terms/{id}/memberships/roster.xlsx", SeedCases.termId("bk", 2023)));
        row("addMembership",              "401 201 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.body(Map.of("unitId", Fixtures.unit().create(), "role", "MEMBER"))
                        .post("/api/v1/terms/{id}/memberships", newTerm()));
        row("getMembership",              "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/memberships/{id}", seedMembership()));
        row("updateMembership",           "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long m = newMembership();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", m))
                            .body(Map.of("role", "DEPUTY", "joinedOn", "2025-01-01")).put("/api/v1/memberships/{id}", m);
                });
        row("deleteMembership",           "401 204 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long m = newMembership();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", m))
                            .delete("/api/v1/memberships/{id}", m);
                });
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("listMyTermTasks",            "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/tasks", SeedCases.termId("bk", 2023)));
        row("listSchemes",                "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/schemes", SeedCases.termId("bk", 2023)));
        row("getScheme",                  "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/schemes/{id}", Schemes.adoptedInSeedTerm()));
        row("createScheme",               "401 201 404 404 403 403 201 201 403 403 404 403 403 403 403 403",
                (spec, a) -> spec.body(Schemes.body()).post("/api/v1/terms/{id}/schemes", SeedCases.termId("bk", 2023)));
        row("copyScheme",                 "401 201 404 404 403 403 201 201 403 403 404 403 403 403 403 403",
                (spec, a) -> spec.body(Map.of("schemeId", Schemes.adoptedInSeedTerm()))
                        .post("/api/v1/terms/{id}/schemes/copies", SeedCases.termId("bk", 2023)));
        row("replaceScheme",              "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = Schemes.create(Actor.ADMIN, SeedCases.termId("bk", 2023), Schemes.body());
                    return spec.header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", id)).body(Schemes.body())
                            .put("/api/v1/schemes/{id}", id);
                });
        row("changeSchemeStatus",         "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = Schemes.create(Actor.ADMIN, SeedCases.termId("bk", 2023), Schemes.body());
                    return spec.header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", id))
                            .body(Map.of("status", "RETIRED", "reason", "Soạn lại")).post("/api/v1/schemes/{id}/status", id);
                });
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("getTermScoring",             "401 200 404 404 404 404 200 200 200 404 404 404 404 403 403 403",
                (spec, a) -> {
                    Sheets.seedRound();
                    return spec.get("/api/v1/terms/{id}/scoring", SeedCases.termId("bk", 2023));
                });
        row("openTermScoring",            "401 409 404 404 403 403 409 409 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    Sheets.seedRound();
                    return spec.body(Map.of("selfDeadline", "2023-12-15", "aggregation", "MEAN", "deviationThreshold", 2))
                            .post("/api/v1/terms/{id}/scoring", SeedCases.termId("bk", 2023));
                });
        row("getScoringRound",            "401 200 404 404 404 404 200 200 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/scoring-rounds/{id}", Sheets.seedRound()));
        row("changeScoringRoundStatus",   "401 412 404 404 403 403 412 412 403 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of("status", "REVIEWING"))
                        .post("/api/v1/scoring-rounds/{id}/status", Sheets.seedRound()));
        row("assignScoringReviewers",     "401 412 404 404 403 403 412 412 403 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of("mode", "ROUND_ROBIN", "reviewersPerSheet", 1))
                        .put("/api/v1/scoring-rounds/{id}/reviewers", Sheets.seedRound()));
        row("consolidateScoringRound",    "401 412 404 404 403 403 412 412 403 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).post("/api/v1/scoring-rounds/{id}/consolidation", Sheets.seedRound()));
        row("finalizeScoringRound",       "401 412 404 404 403 403 412 412 403 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).post("/api/v1/scoring-rounds/{id}/finalization", Sheets.seedRound()));
        row("getScoreSheet",              "401 200 404 404 404 404 200 200 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/sheets/{id}", Sheets.seedSheet()));
        row("downloadScoreSheetSpreadsheet", "401 200 404 404 404 404 200 200 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.accept("*/*").get("/api/v1/sheets/{id}/sheet.xlsx", Sheets.seedSheet()));
        row("listScoreSheetHistory",      "401 200 404 404 404 404 200 200 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/sheets/{id}/history", Sheets.seedSheet()));
        row("saveSelfScores",             "401 412 404 404 403 403 403 403 412 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of("cells", List.of(Map.of("criterionId", seedCriterion(), "value", 1))))
                        .put("/api/v1/sheets/{id}/self-scores", Sheets.seedSheet()));
        row("changeScoreSheetStatus",     "401 412 404 404 403 403 403 403 412 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of("status", "SELF_SUBMITTED"))
                        .post("/api/v1/sheets/{id}/status", Sheets.seedSheet()));
        row("listScoreEvidence",          "401 200 404 404 404 404 404 404 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/sheets/{id}/criteria/{c}/evidence", Sheets.seedSheet(), seedCriterion()));
        row("uploadScoreEvidence",        "401 201 404 404 403 403 403 403 201 404 404 403 403 403 403 403",
                (spec, a) -> Uploads.file(spec, "minh-chung.pdf", Uploads.PDF, null)
                        .post("/api/v1/sheets/{id}/criteria/{c}/evidence", Sheets.seedSheet(), seedCriterion()));
        row("saveReviewScores",           "401 412 404 404 403 403 412 404 404 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of("cells", List.of(Map.of("criterionId", seedCriterion(), "value", 1))))
                        .put("/api/v1/sheets/{id}/reviews/{r}/scores", Sheets.seedSheet(), Sheets.seedReview()));
        row("submitReview",               "401 412 404 404 403 403 412 404 404 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE)
                        .post("/api/v1/sheets/{id}/reviews/{r}/submission", Sheets.seedSheet(), Sheets.seedReview()));
        row("getRoundRanking",            "401 200 404 404 404 404 200 404 404 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/scoring-rounds/{id}/ranking", Rankings.draftRound()));
        row("computeRanking",             "401 200 404 404 403 403 200 403 403 403 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", Fixtures.etag("/api/v1/scoring-rounds/{id}/ranking", Rankings.draftRound()))
                        .post("/api/v1/scoring-rounds/{id}/ranking", Rankings.draftRound()));
        row("getRanking",                 "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/rankings/{id}", Rankings.published()));
        // a ranking not yet published is not there for members and others (404, never a 403 that tells it exists)
        row("recordRankingTieVotes",      "401 200 404 404 403 403 200 404 404 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", Fixtures.etag("/api/v1/rankings/{id}", Rankings.draft()))
                        .body(Map.of("votes", List.of(Map.of("unitId", SeedCases.unitId("BKN.SXD"), "votes", 4),
                                Map.of("unitId", SeedCases.unitId("BKN.SCT"), "votes", 3))))
                        .put("/api/v1/rankings/{id}/tie-votes", Rankings.draft()));
        row("changeRankingStatus",        "401 200 404 404 403 403 200 404 404 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = Rankings.confirmable();
                    Rankings.backToConfirmed(id);
                    return spec.header("If-Match", Fixtures.etag("/api/v1/rankings/{id}", id)).body(Map.of("status", "PUBLISHED"))
                            .post("/api/v1/rankings/{id}/status", id);
                });
        row("downloadRankingSpreadsheet", "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .get("/api/v1/rankings/{id}/summary.xlsx", Rankings.published()));
        row("downloadRankingSummary",     "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.accept("application/pdf").get("/api/v1/rankings/{id}/summary.pdf", Rankings.published()));
        // public, no token needed; a token that names no valid identity is still refused as everywhere
        row("getPublishedRanking",        "200 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/public/rankings/{id}", Rankings.published()));
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("getTermLeadershipResult",    "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/leadership-result", Leaderships.rotationTerm()));
        row("getLeadershipResult",        "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/leadership-results/{id}", Leaderships.rotationResult()));
        row("listLeadershipDecisionFiles", "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/leadership-results/{id}/decision-files", Leaderships.rotationResult()));
        row("previewRotationProposal",    "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/leadership-result/rotation-proposal", Leaderships.rotationTerm()));
        row("getRotationOrder",           "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/blocs/{id}/rotation-order", Leaderships.rotationBloc()));
        row("getPublishedLeaders",        "200 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/public/blocs/{id}/leaders", Leaderships.rotationBloc()));
        // writes: a stale If-Match, so a caller let past the checks gets 412 and nothing changes (2032 stays free)
        row("updateRotationOrder",        "401 412 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of("unitIds", List.of(SeedCases.unitId("BKN.SXD"))))
                        .put("/api/v1/blocs/{id}/rotation-order", Leaderships.rotationBloc()));
        row("proposeRotationLeadership",  "401 412 404 404 403 403 412 412 403 403 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of())
                        .post("/api/v1/terms/{id}/leadership-result/rotation-proposal", Leaderships.rotationTerm()));
        row("designateLeadership",        "401 409 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.body(Map.of("leaderUnitId", SeedCases.unitId("BKN.SCT"), "decision",
                        Fixtures.decision("3/QĐ-UBND", "2031-12-01"))).post("/api/v1/terms/{id}/leadership-result/designation",
                                Leaderships.rotationTerm()));
        row("confirmLeadershipResult",    "401 412 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of())
                        .post("/api/v1/leadership-results/{id}/confirmation", Leaderships.rotationResult()));
        row("withdrawLeadershipResult",   "401 412 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of("reason", "Nhầm"))
                        .post("/api/v1/leadership-results/{id}/withdrawal", Leaderships.rotationResult()));
        row("recordLeadershipHandover",   "401 412 404 404 403 403 412 412 403 403 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", STALE).body(Map.of("conferenceId", SeedCases.conferenceId("bk", 2023, "MID_YEAR_REVIEW")))
                        .post("/api/v1/leadership-results/{id}/handover", Leaderships.rotationResult()));
        row("uploadLeadershipDecisionFile", "401 409 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> Uploads.file(spec, "quyet-dinh.pdf", Uploads.PDF, null)
                        .post("/api/v1/leadership-results/{id}/decision-files", Leaderships.rotationResult()));
        // votes in a fresh officers' term (bk.sxd LEADER, bk.bqlda DEPUTY, bk.sct MEMBER): an unpublished vote is not there
        // for readers outside the bloc (404); each officer casts once in the shared open vote
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("listVotes",                  "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/votes", Votes.officersTermId()));
        row("createVote",                 "401 201 404 404 403 403 201 201 403 403 404 403 403 403 403 403",
                (spec, a) -> spec.body(Votes.officersBody("SECRET")).post("/api/v1/terms/{id}/votes", Votes.officersTermId()));
        row("getVote",                    "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/votes/{id}", Votes.officersPublished()));
        row("updateVote",                 "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = Votes.officersDraft();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/votes/{id}", id)).body(Votes.officersBody("OPEN"))
                            .put("/api/v1/votes/{id}", id);
                });
        row("changeVoteStatus",           "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = Votes.officersDraft();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/votes/{id}", id)).body(Map.of("status", "OPEN"))
                            .post("/api/v1/votes/{id}/status", id);
                });
        row("publishVoteResult",          "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = Votes.officersTallied();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/votes/{id}", id)).body(Map.of())
                            .post("/api/v1/votes/{id}/publication", id);
                });
        row("castBallot",                 "401 403 403 403 403 403 200 200 200 403 404 403 403 403 403 403",
                (spec, a) -> spec.body(Map.of("round", 1, "choices", List.of(SeedCases.unitId("BKN.SXD"))))
                        .post("/api/v1/votes/{id}/ballots", Votes.officersOpen()));
        row("enterPaperCount",            "401 403 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> spec.header("If-Match", Fixtures.etag("/api/v1/votes/{id}", Votes.officersCounting()))
                        .body(Votes.paperCount()).put("/api/v1/votes/{id}/paper-count", Votes.officersCounting()));
        row("downloadCountingMinutes",    "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.accept("application/pdf").get("/api/v1/votes/{id}/counting-minutes.pdf", Votes.officersPublished()));
        row("downloadVoteMinutes",        "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.accept("application/pdf").get("/api/v1/votes/{id}/minutes.pdf", Votes.officersPublished()));
        row("getPublishedVote",           "200 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/public/votes/{id}", Votes.officersPublished()));
        row("listConferences",            "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/conferences", SeedCases.termId("bk", 2023)));
        row("getConference",              "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/conferences/{id}", SeedCases.conferenceId("bk", 2023, "MID_YEAR_REVIEW")));
        row("createConference",           "401 201 404 404 403 403 201 201 403 403 404 403 403 403 403 403",
                (spec, a) -> spec.body(Fixtures.conferenceBody("2023-12-01"))
                        .post("/api/v1/terms/{id}/conferences", SeedCases.termId("bk", 2023)));
        row("updateConference",           "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = newConference();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/conferences/{id}", id))
                            .body(Fixtures.conferenceBody("2023-12-02")).put("/api/v1/conferences/{id}", id);
                });
        row("replaceConferenceAttendance", "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = newConference();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/conferences/{id}", id))
                            .body(Map.of("attendees", List.of(Map.of("unitId", SeedCases.unitId("BKN.SCT"), "mayVote", true))))
                            .put("/api/v1/conferences/{id}/attendance", id);
                });
        row("replaceConferenceAgenda",    "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = newConference();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/conferences/{id}", id))
                            .body(Map.of("items", List.of(Map.of("title", "Sơ kết 6 tháng", "outcome", "Thông qua"))))
                            .put("/api/v1/conferences/{id}/agenda", id);
                });
        row("changeConferenceStatus",     "401 200 404 404 403 403 200 200 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = newConference();
                    Conferences.attend(Actor.ADMIN, id, List.of(SeedCases.unitId("BKN.SCT")));
                    return spec.header("If-Match", Fixtures.etag("/api/v1/conferences/{id}", id))
                            .body(Map.of("status", "HELD")).post("/api/v1/conferences/{id}/status", id);
                });
        row("downloadConferenceMinutes",  "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.accept("application/pdf").get("/api/v1/conferences/{id}/minutes.pdf", signedConference()));
        row("listConferenceMinutesFiles", "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/conferences/{id}/minutes-files", signedConference()));
        row("uploadConferenceMinutesFile", "401 201 404 404 403 403 201 201 403 403 404 403 403 403 403 403",
                (spec, a) -> Uploads.file(spec, "bien-ban.pdf", Uploads.PDF, null)
                        .post("/api/v1/conferences/{id}/minutes-files", Conferences.held(Actor.ADMIN,
                                SeedCases.termId("bk", 2023), "2023-12-03", List.of(SeedCases.unitId("BKN.SCT")))));
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("listCampaigns",              "401 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/campaigns?termId=" + SeedCases.termId("bk", 2023)));
        row("getCampaign",                "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/campaigns/{id}", YearFixtures.sharedCampaign()));
        row("createCampaign",             "401 201 422 422 403 403 201 201 403 403 422 403 403 403 403 403",
                (spec, a) -> spec.body(YearFixtures.campaignBody(YearFixtures.bkTerm())).post("/api/v1/campaigns"));
        row("updateCampaign",             "401 200 404 404 403 403 200 200 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = YearFixtures.draftCampaign();
                    var body = YearFixtures.campaignBody(YearFixtures.bkTerm());
                    body.remove("termId");
                    return spec.header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id)).body(body)
                            .put("/api/v1/campaigns/{id}", id);
                });
        row("changeCampaignStatus",       "401 200 404 404 403 403 200 200 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = YearFixtures.draftCampaign();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id))
                            .body(Map.of("status", "LAUNCHED")).post("/api/v1/campaigns/{id}/status", id);
                });
        row("deleteCampaign",             "401 204 404 404 403 403 204 204 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = YearFixtures.draftCampaign();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/campaigns/{id}", id)).delete("/api/v1/campaigns/{id}", id);
                });
        row("listCampaignFiles",          "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/campaigns/{id}/files", YearFixtures.sharedCampaign()));
        row("uploadCampaignFile",         "401 201 404 404 403 403 201 201 403 403 404 403 403 403 403 403",
                (spec, a) -> Uploads.file(spec, "van-ban-phat-dong.pdf", Uploads.PDF, null)
                        .post("/api/v1/campaigns/{id}/files", YearFixtures.draftCampaign()));
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("listCampaignRegistrations",  "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/campaigns/{id}/registrations", YearFixtures.sharedCampaign()));
        row("createRegistration",         "401 201 404 404 403 403 201 201 201 403 404 403 403 403 403 403",
                (spec, a) -> spec.body(YearFixtures.registrationBody(SeedCases.unitId(ownUnit(a))))
                        .post("/api/v1/campaigns/{id}/registrations", YearFixtures.launchedCampaign()));
        row("getRegistration",            "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/registrations/{id}", YearFixtures.sharedRegistration()));
        row("updateRegistration",         "401 200 404 404 403 403 200 200 200 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = YearFixtures.registration(YearFixtures.launchedCampaign(), ownUnit(a));
                    return spec.header("If-Match", Fixtures.etag("/api/v1/registrations/{id}", id))
                            .body(Map.of("targets", "Chỉ tiêu sửa lại")).put("/api/v1/registrations/{id}", id);
                });
        row("changeRegistrationStatus",   "401 200 404 404 403 403 200 200 200 404 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = YearFixtures.registration(YearFixtures.launchedCampaign(), ownUnit(a));
                    return spec.header("If-Match", Fixtures.etag("/api/v1/registrations/{id}", id))
                            .body(Map.of("status", "SUBMITTED")).post("/api/v1/registrations/{id}/status", id);
                });
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        row("listTermCovenants",          "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/covenants", YearFixtures.sharedCovenantTerm()));
        row("createCovenant",             "401 201 404 404 403 403 201 201 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    YearFixtures.clearDraftTerm();
                    return spec.body(YearFixtures.covenantBody()).post("/api/v1/terms/{id}/covenants", YearFixtures.draftTerm());
                });
        row("getCovenant",                "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/covenants/{id}", YearFixtures.sharedCovenant()));
        row("updateCovenant",             "401 200 404 404 403 403 200 200 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = YearFixtures.draftCovenant();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/covenants/{id}", id)).body(YearFixtures.covenantBody())
                            .put("/api/v1/covenants/{id}", id);
                });
        row("deleteCovenant",             "401 204 404 404 403 403 204 204 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    long id = YearFixtures.draftCovenant();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/covenants/{id}", id)).delete("/api/v1/covenants/{id}", id);
                });
        row("changeCovenantStatus",       "401 200 404 404 403 403 200 200 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    // a circulated covenant stays: each success takes a term of its own
                    boolean succeeds = Set.of(Actor.ADMIN, Actor.LEADER_OFFICER, Actor.DEPUTY_OFFICER).contains(a);
                    long id = succeeds ? YearFixtures.covenant(YearFixtures.officersTerm()) : YearFixtures.draftCovenant();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/covenants/{id}", id))
                            .body(Map.of("status", "CIRCULATED")).post("/api/v1/covenants/{id}/status", id);
                });
        row("listCovenantFiles",          "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/covenants/{id}/files", YearFixtures.sharedCovenant()));
        row("uploadCovenantFile",         "401 201 404 404 403 403 201 201 403 403 404 403 403 403 403 403",
                (spec, a) -> Uploads.file(spec, "ke-hoach.pdf", Uploads.PDF, null,
                        a == Actor.ADMIN ? "PLAN" : a == Actor.LEADER_OFFICER ? "RULES" : "CRITERIA")
                        .post("/api/v1/covenants/{id}/files", YearFixtures.sharedCovenant()));
        row("signCovenant",               "401 201 404 404 403 403 201 201 201 403 404 403 403 403 403 403",
                (spec, a) -> spec.body(YearFixtures.signatureBody(SeedCases.unitId(a == Actor.ADMIN ? "BKN.SNNPTNT" : ownUnit(a)),
                        YearFixtures.yearOf(YearFixtures.sharedCovenantTerm()) + "-03-29"))
                        .post("/api/v1/covenants/{id}/signatures", YearFixtures.sharedCovenant()));
        row("getCovenantSignature",       "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/covenant-signatures/{id}", YearFixtures.sharedSignature()));
        row("listCovenantSignatureFiles", "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/covenant-signatures/{id}/files", YearFixtures.sharedSignature()));
        row("uploadCovenantSignatureFile", "401 201 404 404 403 403 403 403 403 403 404 403 403 403 403 403",
                (spec, a) -> Uploads.file(spec, "giao-uoc-da-ky.pdf", Uploads.PDF, null)
                        .post("/api/v1/covenant-signatures/{id}/files", YearFixtures.sharedSignature()));
        //                                 anon adm bn  nb  bnv bnvv ldr dep mem obl opr vwr prt nop ina unk
        // restrictions: the Board, the Ministry and the unit itself (Sở Xây dựng's officer) read them; others of the province 403
        row("listUnitRestrictions",       "401 200 404 404 200 200 200 403 403 403 404 403 403 403 403 403",
                (spec, a) -> {
                    Awards.sharedRestriction();
                    return spec.get("/api/v1/units/{id}/restrictions", SeedCases.unitId("BKN.SXD"));
                });
        row("createUnitRestriction",      "401 201 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.body(Awards.restriction("DISCIPLINE", "9/QĐ-UBND", "2020-01-10", "2020-03-31"))
                        .post("/api/v1/units/{id}/restrictions", Fixtures.unit().create()));
        row("getRestriction",             "401 200 404 404 200 200 200 404 404 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/restrictions/{id}", Awards.sharedRestriction()));
        row("updateRestriction",          "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long id = newRestriction();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/restrictions/{id}", id))
                            .body(Awards.restriction("DISCIPLINE", "9/QĐ-UBND", "2020-01-10", "2020-02-28")).put("/api/v1/restrictions/{id}", id);
                });
        row("deleteRestriction",          "401 204 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    long id = newRestriction();
                    return spec.header("If-Match", Fixtures.etag("/api/v1/restrictions/{id}", id)).delete("/api/v1/restrictions/{id}", id);
                });
        // award dossiers: the shared one is a DRAFT of a term Sở Xây dựng leads, Sở Công Thương a member (the deputy's unit is not in it)
        row("listTermAwardProposals",     "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/terms/{id}/award-proposals", sharedProposalTerm()));
        row("createAwardProposal",        "401 201 404 404 403 403 409 403 403 403 404 403 403 403 403 403",
                (spec, a) -> spec.post("/api/v1/terms/{id}/award-proposals", a == Actor.ADMIN || a == Actor.OTHER_ADMIN
                        || a == Actor.NB_ADMIN ? newTerm() : sharedProposalTerm()));
        row("getAwardProposal",           "401 200 404 404 200 200 200 404 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/award-proposals/{id}", Awards.sharedProposal()));
        row("addAwardProposalItem",       "401 200 404 404 403 403 200 404 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    Awards.resetShared("DRAFT");
                    return spec.header("If-Match", Awards.etag(Awards.sharedProposal()))
                            .body(Map.of("unitId", SeedCases.unitId("BKN.STNMT"), "award", "CERTIFICATE"))
                            .post("/api/v1/award-proposals/{id}/items", Awards.sharedProposal());
                });
        row("removeAwardProposalItem",    "401 200 404 404 403 403 200 404 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    Awards.resetShared("DRAFT");
                    long id = Awards.sharedProposal();
                    long item = Api.as(Actor.ADMIN).header("If-Match", Awards.etag(id))
                            .body(Map.of("unitId", SeedCases.unitId("BKN.STNMT"), "award", "CERTIFICATE"))
                            .post("/api/v1/award-proposals/{id}/items", id).then().statusCode(200).extract().jsonPath()
                            .getLong("items.find { it.unit.code == 'BKN.STNMT' }.id");
                    return spec.header("If-Match", Awards.etag(id)).delete("/api/v1/award-proposals/{id}/items/{itemId}", id, item);
                });
        row("appraiseAwardProposalItem",  "401 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    Awards.resetShared("APPRAISING");
                    return spec.header("If-Match", Awards.etag(Awards.sharedProposal())).body(Map.of("outcome", "APPROVED"))
                            .put("/api/v1/award-proposals/{id}/items/{itemId}/appraisal", Awards.sharedProposal(), Awards.sharedItem());
                });
        row("changeAwardProposalStatus",  "401 200 404 404 403 403 403 404 403 404 404 403 403 403 403 403",
                (spec, a) -> {
                    Awards.resetShared("SUBMITTED");
                    return spec.header("If-Match", Awards.etag(Awards.sharedProposal())).body(Map.of("status", "APPRAISING"))
                            .post("/api/v1/award-proposals/{id}/status", Awards.sharedProposal());
                });
        row("listAchievementReports",     "401 200 404 404 200 200 200 404 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports", Awards.sharedProposal(),
                        Awards.sharedItem()));
        row("uploadAchievementReport",    "401 201 404 404 403 403 201 404 201 404 404 403 403 403 403 403",
                (spec, a) -> {
                    Awards.resetShared("DRAFT");
                    String path = "/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports";
                    return Uploads.file(spec, "bao-cao-thanh-tich.pdf", Uploads.PDF, Awards.currentFile(path, Awards.sharedProposal(),
                            Awards.sharedItem())).post(path, Awards.sharedProposal(), Awards.sharedItem());
                });
        row("listAwardDecisionFiles",     "401 200 404 404 200 200 200 404 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.get("/api/v1/award-proposals/{id}/decision-files", Awards.sharedProposal()));
        row("uploadAwardDecisionFile",    "401 201 404 404 403 403 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> {
                    Awards.resetShared("APPRAISING");
                    String path = "/api/v1/award-proposals/{id}/decision-files";
                    return Uploads.file(spec, "quyet-dinh-khen-thuong.pdf", Uploads.PDF, Awards.currentFile(path, Awards.sharedProposal()))
                            .post(path, Awards.sharedProposal());
                });
        row("downloadAwardCoverMemo",     "401 200 404 404 200 200 200 404 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.accept("application/pdf").get("/api/v1/award-proposals/{id}/cover-memo.pdf", Awards.sharedProposal()));
        row("downloadAwardProposalSpreadsheet", "401 200 404 404 200 200 200 404 200 404 404 404 404 403 403 403",
                (spec, a) -> spec.accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .get("/api/v1/award-proposals/{id}/items.xlsx", Awards.sharedProposal()));
        row("listUnitAwards",             "401 200 404 404 200 200 200 200 200 200 404 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/units/{id}/awards", SeedCases.unitId("BKN.SXD")));
        // public: without a token too (a province without decided awards, so the list's provinces are every actor's)
        row("listPublishedAwards",        "200 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403",
                (spec, a) -> spec.get("/api/v1/public/awards?provinceId={id}", Fixtures.provinceId("46")));
        row("listAuditEvents",            "401 200 200 200 200 200 403 403 403 403 403 403 403 403 403 403",
                (spec, a) -> spec.get("/api/v1/audit-events"));
    }

    /** The province codes each actor may see rows of (national: all); lists are checked against it. */
    static final Map<Actor, Set<String>> SCOPES = new EnumMap<>(Map.ofEntries(
            Map.entry(Actor.ADMIN, Set.of("19", "06")), Map.entry(Actor.VIEWER, Set.of("19", "06")),
            Map.entry(Actor.PORTAL, Set.of("19", "06")), Map.entry(Actor.OTHER_ADMIN, Set.of("27", "24")),
            Map.entry(Actor.OTHER_PROVINCE_OFFICER, Set.of("27", "24")),
            Map.entry(Actor.NB_ADMIN, Set.of("37", "35", "36")), Map.entry(Actor.LEADER_OFFICER, Set.of("06")),
            Map.entry(Actor.DEPUTY_OFFICER, Set.of("06")), Map.entry(Actor.MEMBER_OFFICER, Set.of("06")),
            Map.entry(Actor.OTHER_BLOC_OFFICER, Set.of("06"))));

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryActor() {
        List<DynamicTest> tests = new ArrayList<>();
        rows().forEach((operation, row) -> row.expected().forEach((actor, expected) -> tests
                .add(DynamicTest.dynamicTest(operation + " as " + actor + " → " + expected, () -> {
                    SeedCases.ensureLoaded();
                    AuditedWrites audited = new AuditedWrites();
                    Response response = row.call().apply(Api.raw(actor).filter(audited), actor);
                    assertEquals(expected, response.statusCode(), operation + " as " + actor + ": "
                            + response.asString());
                    if (expected < 300) {
                        assertSuccessShape(operation, response, audited);
                        assertListInScope(operation, actor, response);
                    }
                }))));
        return tests.stream();
    }

    @Test
    void everyRowHasAStatusForEveryActor() {
        List<String> columns = Arrays.asList(COLUMNS.split(" "));
        assertEquals(Actor.values().length, columns.size(), "one column per Actor: " + COLUMNS);
        STATUSES.forEach((operation, statuses) -> assertEquals(Actor.values().length, statuses.split(" +").length,
                operation + " states a status for every actor"));
    }

    @Test
    void everyOperationOfTheContractHasARow() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT)).get("paths");
        TreeSet<String> operations = new TreeSet<>();
        for (Iterator<JsonNode> it = paths.elements(); it.hasNext();) {
            it.next().elements().forEachRemaining(op -> operations.add(op.get("operationId").asText()));
        }
        TreeSet<String> missing = new TreeSet<>(operations);
        missing.removeAll(STATUSES.keySet());
        assertTrue(missing.isEmpty(), "operations without an authorisation row: " + missing);
        TreeSet<String> stale = new TreeSet<>(STATUSES.keySet());
        stale.removeAll(operations);
        assertTrue(stale.isEmpty(), "rows for operations not in the contract: " + stale);
    }

    /** What every success promises: 201 + Location + ETag, an ETag on single reads, an audit event per write. */
    private static void assertSuccessShape(String operation, Response response, AuditedWrites audited) {
        if (response.statusCode() == 201) {
            String location = response.header("Location");
            assertTrue(location != null && location.contains("/api/v1/"), operation + ": 201 without Location");
            assertTrue(response.header("ETag") != null, operation + ": 201 without ETag");
        }
        if (operation.startsWith("get") && !operation.equals("getCurrentUser")) {
            assertTrue(response.header("ETag") != null, operation + ": single read without ETag");
        }
        if (audited.wrote()) {
            assertTrue(audited.eventsAdded() > 0, operation + ": a write left no audit event");
        }
    }

    /** A list answered to a province-bound actor holds only rows of that actor's provinces. */
    private static void assertListInScope(String operation, Actor actor, Response response) {
        Set<String> scope = SCOPES.get(actor);
        if (scope == null || !operation.startsWith("list") || operation.equals("listProvinces")) {
            return;
        }
        List<String> codes = response.jsonPath().getList("items.provinceCode", String.class);
        if (codes == null) {
            return;
        }
        for (String code : codes) {
            assertTrue(code == null || scope.contains(code), operation + " as " + actor + " shows province " + code);
        }
    }

    /** Counts audit events (as the national user, who sees all) around each non-GET request. */
    static final class AuditedWrites implements Filter {
        private long added;
        private boolean wrote;

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if ("GET".equals(request.getMethod())) {
                return context.next(request, response);
            }
            long before = auditTotal();
            Response result = context.next(request, response);
            if (result.statusCode() < 300) {
                wrote = true;
                added += auditTotal() - before;
            }
            return result;
        }

        boolean wrote() {
            return wrote;
        }

        long eventsAdded() {
            return added;
        }

        private static long auditTotal() {
            return Api.unvalidated(Actor.NATIONAL).get("/api/v1/audit-events?size=1").jsonPath().getLong("total");
        }
    }

    static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        STATUSES.forEach((operation, statuses) -> {
            String[] cells = statuses.split(" +");
            Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
            for (int i = 0; i < cells.length && i < Actor.values().length; i++) {
                expected.put(Actor.values()[i], Integer.parseInt(cells[i]));
            }
            rows.put(operation, new Row(expected, CALLS.get(operation)));
        });
        return rows;
    }

    private static Long seedCriterion;

    /** A criterion (1.1, qualitative) of the seed sheet's scheme. */
    private static synchronized long seedCriterion() {
        if (seedCriterion == null) {
            seedCriterion = Sheets.criteria(Sheets.seedSheet()).get("1.1");
        }
        return seedCriterion;
    }

    private static void row(String operation, String statuses,
            BiFunction<RequestSpecification, Actor, Response> call) {
        STATUSES.put(operation, statuses);
        CALLS.put(operation, call);
    }

    /** The Bắc Kạn unit an actor acts for: its own for the seed officers, Sở Công Thương for everyone else. */
    private static String ownUnit(Actor actor) {
        return switch (actor) {
            case LEADER_OFFICER -> "BKN.SXD";
            case DEPUTY_OFFICER -> "BKN.BQLDA.NN";
            default -> "BKN.SCT";
        };
    }

    private static long thaiNguyen() {
        return Fixtures.provinceId("19");
    }

    private static long newTerm() {
        return Fixtures.term(Fixtures.bloc().create(), 2025).create();
    }

    private static long newRestriction() {
        return Api.as(Actor.ADMIN).body(Awards.restriction("DISCIPLINE", "9/QĐ-UBND", "2020-01-10", "2020-03-31"))
                .post("/api/v1/units/{id}/restrictions", Fixtures.unit().create()).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long sharedProposalTerm() {
        return Api.as(Actor.ADMIN).get("/api/v1/award-proposals/{id}", Awards.sharedProposal()).jsonPath().getLong("termId");
    }

    private static long newMerger() {
        return Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01", "decision",
                Fixtures.decision("7/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(Fixtures.unit().create()),
                "successorIds", List.of(Fixtures.unit().create()))).post("/api/v1/unit-successions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long newMembership() {
        return Fixtures.member(newTerm(), Fixtures.unit().create(), "MEMBER");
    }

    private static long seedBloc() {
        return Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", SeedCases.termId("bk", 2023)).jsonPath().getLong("blocId");
    }

    private static long seedMembership() {
        return Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/memberships", SeedCases.termId("bk", 2023)).jsonPath()
                .getLong("items[0].id");
    }

    private static Long seedFile;

    /** A decision scan on a term of the admin's province (Bắc Kạn), uploaded once. */
    private static synchronized long seedFile() {
        if (seedFile == null) {
            seedFile = Uploads.decisionScan();
        }
        return seedFile;
    }

    /** A fresh SCHEDULED conference of Bắc Kạn 2023 (where the leader and deputy officers manage). */
    private static long newConference() {
        return Fixtures.conference(Actor.ADMIN, SeedCases.termId("bk", 2023), "2023-12-02");
    }

    private static Long signedConference;

    /** A MINUTES_SIGNED conference of Bắc Kạn 2023, made once: its minutes and scans are public. */
    private static synchronized long signedConference() {
        if (signedConference == null) {
            signedConference = Conferences.signed(Actor.ADMIN, SeedCases.termId("bk", 2023), "2023-12-04",
                    List.of(SeedCases.unitId("BKN.SCT")));
        }
        return signedConference;
    }

    private static long seedSuccession() {
        return Api.as(Actor.ADMIN).get("/api/v1/unit-successions?unitId=" + SeedCases.unitId("BKN.SGTVT")).jsonPath()
                .getLong("items[0].id");
    }
}
