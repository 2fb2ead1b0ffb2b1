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
