package vn.thidua.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.path.json.JsonPath;

/** Builders that make fresh data through the API as the Board admin; each call makes new, unique rows. */
public final class Fixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Map<String, Long> PROVINCE_IDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36)
            .toUpperCase(Locale.ROOT);

    private Fixtures() {
    }

    /** A suffix unique within and across runs: [0-9A-Z]. */
    public static String unique() {
        return RUN + Integer.toString(COUNTER.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
    }

    /** The id of the province with this administrative-division code ("06" Bắc Kạn). */
    public static long provinceId(String code) {
        return PROVINCE_IDS.computeIfAbsent(code, c -> Api.as(Actor.ADMIN).queryParam("code", c)
                .get("/api/v1/provinces").then().statusCode(200).extract().jsonPath().getLong("items[0].id"));
    }

    public static UnitBuilder unit() {
        return new UnitBuilder();
    }

    public static BlocBuilder bloc() {
        return new BlocBuilder();
    }

    public static TermBuilder term(long blocId, int year) {
        return new TermBuilder(blocId, year);
    }

    public static long member(long termId, long unitId, String role) {
        return member(Actor.ADMIN, termId, unitId, role);
    }

    public static long member(Actor admin, long termId, long unitId, String role) {
        return Api.as(admin).body(Map.of("unitId", unitId, "role", role))
                .post("/api/v1/terms/{id}/memberships", termId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A conference's body: a mid-year review on {@code heldOn} with a chair, ready to hold once attended. */
    public static Map<String, Object> conferenceBody(String heldOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "MID_YEAR_REVIEW");
        body.put("title", "Hội nghị sơ kết 6 tháng " + unique());
        body.put("heldOn", heldOn);
        body.put("venue", "Hội trường thử nghiệm");
        body.put("chairName", "Bà Nguyễn Thị Thử");
        body.put("chairTitle", "Giám đốc");
        return body;
    }

    /** A fresh SCHEDULED conference of {@code termId}, made by {@code by} (one who manages the term). */
    public static long conference(Actor by, long termId, String heldOn) {
        return Api.as(by).body(conferenceBody(heldOn)).post("/api/v1/terms/{id}/conferences", termId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> decision(String number, String date) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("number", number);
        decision.put("date", date);
        decision.put("issuer", "UBND tỉnh Thử nghiệm");
        return decision;
    }

    public static final class UnitBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        UnitBuilder() {
            String suffix = unique();
            body.put("code", "T." + suffix);
            body.put("name", "Sở Thử nghiệm " + suffix);
            body.put("kind", "SO");
            body.put("activeFrom", "2000-01-01");
        }

        public UnitBuilder named(String name) {
            body.put("name", name);
            return this;
        }

        public UnitBuilder code(String code) {
            body.put("code", code);
            return this;
        }

        public UnitBuilder inProvince(long provinceId) {
            body.put("provinceId", provinceId);
            return this;
        }

        public UnitBuilder kind(String kind) {
            body.put("kind", kind);
            return this;
        }

        public UnitBuilder active(LocalDate from, LocalDate to) {
            body.put("activeFrom", from.toString());
            if (to != null) {
                body.put("activeTo", to.toString());
            }
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }

        public long create() {
            return create(Actor.ADMIN);
        }

        /** Created by another province's admin (the builder's province must be theirs). */
        public long create(Actor admin) {
            return Api.as(admin).body(body).post("/api/v1/units").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
        }

        public JsonPath createJson() {
            return createJsonAs(Actor.ADMIN);
        }

        public JsonPath createJsonAs(Actor admin) {
            return Api.as(admin).body(body).post("/api/v1/units").then().statusCode(201).extract().jsonPath();
        }
    }

    public static final class BlocBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        BlocBuilder() {
            body.put("name", "Khối thử nghiệm " + unique());
            body.put("kind", "KHOI");
        }

        public BlocBuilder kind(String kind) {
            body.put("kind", kind);
            return this;
        }

        public BlocBuilder inProvince(long provinceId) {
            body.put("provinceId", provinceId);
            return this;
        }

        public BlocBuilder named(String name) {
            body.put("name", name);
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }

        public long create() {
            return create(Actor.ADMIN);
        }

        /** Created by another province's admin (the builder's province must be theirs). */
        public long create(Actor admin) {
            return Api.as(admin).body(body).post("/api/v1/blocs").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
        }
    }

    public static final class TermBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        TermBuilder(long blocId, int year) {
            body.put("blocId", blocId);
            body.put("year", year);
        }

        public TermBuilder decision(String number, String date) {
            body.put("decision", Fixtures.decision(number, date));
            return this;
        }

        public TermBuilder rules(Map<String, Object> rules) {
            body.put("rules", rules);
            return this;
        }

        public long create() {
            return create(Actor.ADMIN);
        }

        public long create(Actor admin) {
            return Api.as(admin).body(body).post("/api/v1/terms").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
        }
    }

    /** The current ETag of a resource. */
    public static String etag(String path, Object... params) {
        return Api.as(Actor.ADMIN).get(path, params).then().statusCode(200).extract().header("ETag");
    }
}
