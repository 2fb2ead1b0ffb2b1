package vn.thidua.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** Two editors with the same ETag: exactly one wins, the other is told it is stale. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void parallelUpdatesWithTheSameETagLetExactlyOneWin() throws Exception {
        for (int round = 0; round < 3; round++) {
            var unit = Fixtures.unit();
            long id = unit.create();
            String etag = Fixtures.etag("/api/v1/units/{id}", id);
            assertThat(race(id, etag, unit.body()), containsInAnyOrder(200, 412));
        }
    }

    @Test
    void parallelLeadersForOneTermLeaveExactlyOne() throws Exception {
        long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
        long a = Fixtures.unit().create();
        long b = Fixtures.unit().create();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (long unit : new long[] { a, b }) {
            calls.add(() -> {
                start.await();
                return Api.raw(Actor.ADMIN).body(Map.of("unitId", unit, "role", "LEADER"))
                        .post("/api/v1/terms/{id}/memberships", term).statusCode();
            });
        }
        List<Integer> statuses = run(calls);
        assertThat(statuses.stream().filter(s -> s == 201).count(), org.hamcrest.Matchers.equalTo(1L));
        assertThat(statuses.stream().filter(s -> s == 409 || s == 422).count(), org.hamcrest.Matchers.equalTo(1L));
    }

    /**
     * Identical successions fired together: the service's check lets several through, the database key
     * (unit_succession_link) lets one commit; the others are a 409 problem with a stable code, never a 500.
     */
    @Test
    void parallelIdenticalSuccessionsRecordExactlyOne() throws Exception {
        int parallel = 4;
        for (int round = 0; round < 4; round++) {
            Map<String, Object> merger = Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                    "decision", Fixtures.decision("1290/QĐ-UBND", "2025-06-30"),
                    "predecessorIds", List.of(Fixtures.unit().create()), "successorIds", List.of(Fixtures.unit().create()));
            CyclicBarrier start = new CyclicBarrier(parallel);
            List<Callable<io.restassured.response.Response>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                calls.add(() -> {
                    start.await();
                    return Api.raw(Actor.ADMIN).body(merger).post("/api/v1/unit-successions");
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            try {
                List<Integer> statuses = new ArrayList<>();
                for (Future<io.restassured.response.Response> f : pool.invokeAll(calls)) {
                    var response = f.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() != 201) {
                        assertThat(response.asString(), response.contentType(),
                                org.hamcrest.Matchers.startsWith("application/problem+json"));
                        assertThat(response.asString(), response.jsonPath().getString("code"),
                                org.hamcrest.Matchers.equalTo("SUCCESSION_ALREADY_RECORDED"));
                    }
                }
                assertThat(statuses.toString(), statuses.stream().filter(s -> s == 201).count(),
                        org.hamcrest.Matchers.equalTo(1L));
                assertThat(statuses.toString(), statuses.stream().filter(s -> s == 409).count(),
                        org.hamcrest.Matchers.equalTo((long) parallel - 1));
            } finally {
                pool.shutdownNow();
            }
            Api.as(Actor.VIEWER).queryParam("unitId", merger.get("predecessorIds").toString().replaceAll("\\D", ""))
                    .get("/api/v1/unit-successions").then().body("total", org.hamcrest.Matchers.equalTo(1));
        }
    }

    private static List<Integer> race(long id, String etag, Map<String, Object> body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String shortName : new String[] { "A", "B" }) {
            Map<String, Object> edit = new LinkedHashMap<>(body);
            edit.put("shortName", shortName);
            calls.add(() -> {
                start.await();
                return Api.raw(Actor.ADMIN).header("If-Match", etag).body(edit).put("/api/v1/units/{id}", id)
                        .statusCode();
            });
        }
        return run(calls);
    }

    private static List<Integer> run(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
