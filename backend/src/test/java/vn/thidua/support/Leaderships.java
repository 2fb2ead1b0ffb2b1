package vn.thidua.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leadership fixtures. {@link #rotationTerm} is a Bắc Kạn bloc's 2031 term of its own (no other fixture takes
 * 2031; the officers' units are active then) where Sở Xây dựng leads, the Ban QLDA NN&PTNT deputises and Sở
 * Công Thương is a member, its rules ROTATION, with the bloc's rotation order and a PROPOSED rotation result
 * recorded by the Board: made once per run and never confirmed (2032 stays free).
 */
public final class Leaderships {

    private static Long term;
    private static Long bloc;
    private static Long result;

    private Leaderships() {
    }

    public static synchronized long rotationTerm() {
        if (term == null) {
            SeedCases.ensureLoaded();
            bloc = Fixtures.bloc().inProvince(Fixtures.provinceId("06")).create();
            term = Fixtures.term(bloc, 2031).rules(Map.of("leaderSelection", "ROTATION")).create();
            long leader = SeedCases.unitId("BKN.SXD");
            long deputy = SeedCases.unitId("BKN.BQLDA.NN");
            long member = SeedCases.unitId("BKN.SCT");
            Fixtures.member(term, leader, "LEADER");
            Fixtures.member(term, deputy, "DEPUTY");
            Fixtures.member(term, member, "MEMBER");
            String order = "/api/v1/blocs/" + bloc + "/rotation-order";
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(order)).body(Map.of("unitIds", List.of(leader, member, deputy)))
                    .put(order).then().statusCode(200);
            result = Api.as(Actor.ADMIN).body(Map.of()).post("/api/v1/terms/{id}/leadership-result/rotation-proposal", term).then()
                    .statusCode(200).extract().jsonPath().getLong("id");
        }
        return term;
    }

    public static synchronized long rotationBloc() {
        rotationTerm();
        return bloc;
    }

    public static synchronized long rotationResult() {
        rotationTerm();
        return result;
    }

    /** A PROPOSED designation (by {@code admin}) for the year after a fresh DESIGNATION term of {@code bloc} where {@code unit} is a member. */
    public static long designation(Actor admin, long bloc, int year, long unit) {
        long term = Fixtures.term(bloc, year).rules(Map.of("leaderSelection", "DESIGNATION")).create(admin);
        Fixtures.member(admin, term, unit, "LEADER");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leaderUnitId", unit);
        body.put("decision", Fixtures.decision("12/QĐ-UBND", year + "-12-10"));
        return Api.as(admin).body(body).post("/api/v1/terms/{id}/leadership-result/designation", term).then().statusCode(200)
                .extract().jsonPath().getLong("id");
    }
}
