package vn.thidua.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.thidua.common.idempotency.RequestFingerprint;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * Idempotency-Key (ADR 0016) on plain creations, as the Board admin with real tokens and MariaDB:
 * a retry gets the first answer byte for byte and writes nothing; the key is per caller and per request.
 */
@QuarkusTest
class IdempotencyApiTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    /** The row of a client's key: the table keeps only this digest of it (V20). */
    private static final String BY_KEY = "idem_key = sha2(concat('thidua-idempotency-key', char(0), ?), 256)";

    @Inject
    EntityManager em;

    @Test
    void aRetriedPostAnswersTheFirstResponseAndCreatesOnce() {
        var unit = Fixtures.unit();
        String key = key();
        Response first = Api.as(Actor.ADMIN).header(KEY, key).body(unit.body()).post("/api/v1/units");
        assertThat(first.asString(), first.statusCode(), equalTo(201));
        assertThat(first.header(REPLAYED), nullValue());
        Response again = Api.as(Actor.ADMIN).header(KEY, key).body(unit.body()).post("/api/v1/units");
        assertThat(again.asString(), again.statusCode(), equalTo(201));
        assertThat(again.header(REPLAYED), equalTo("true"));
        assertThat(again.asByteArray(), equalTo(first.asByteArray()));
        assertThat(again.header("ETag"), equalTo(first.header("ETag")));
        assertThat(again.header("Location"), equalTo(first.header("Location")));
        assertThat(again.contentType(), equalTo(first.contentType()));
        assertThat(unitsWithCode(unit.body().get("code")), equalTo(1L));
        // The ETag is the one a read gives: the replay is the resource's first representation.
        assertThat(Fixtures.etag("/api/v1/units/{id}", first.jsonPath().getLong("id")), equalTo(first.header("ETag")));
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        String key = key();
        var unit = Fixtures.unit();
        Api.as(Actor.ADMIN).header(KEY, key).body(unit.body()).post("/api/v1/units").then().statusCode(201);
        Map<String, Object> other = new LinkedHashMap<>(unit.body());
        other.put("name", other.get("name") + " khác");
        Response changed = Api.as(Actor.ADMIN).header(KEY, key).body(other).post("/api/v1/units");
        assertProblem(changed, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(changed.jsonPath().getString("detail"), startsWith("Idempotency-Key này đã được dùng"));
        Response elsewhere = Api.as(Actor.ADMIN).header(KEY, key).body(Fixtures.bloc().body()).post("/api/v1/blocs");
        assertProblem(elsewhere, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(unitsWithCode(unit.body().get("code")), equalTo(1L));
    }

    @Test
    void anotherCallersKeyIsTheirOwn() {
        String key = key();
        Response mine = Api.as(Actor.ADMIN).header(KEY, key).body(Fixtures.unit().body()).post("/api/v1/units");
        assertThat(mine.asString(), mine.statusCode(), equalTo(201));
        Response theirs = Api.as(Actor.OTHER_ADMIN).header(KEY, key).body(Fixtures.unit().body()).post("/api/v1/units");
        assertThat(theirs.asString(), theirs.statusCode(), equalTo(201));
        assertThat(theirs.header(REPLAYED), nullValue());
        assertThat(theirs.jsonPath().getLong("id"), not(equalTo(mine.jsonPath().getLong("id"))));
    }

    /** Eight identical requests at once: one runs, the others get its answer or 409 — never two writes. */
    @Test
    void concurrentRetriesWriteOnce() throws Exception {
        int parallel = 8;
        for (int round = 0; round < 2; round++) {
            var unit = Fixtures.unit();
            String key = key();
            CyclicBarrier start = new CyclicBarrier(parallel);
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                calls.add(() -> {
                    start.await();
                    return Api.as(Actor.ADMIN).header(KEY, key).body(unit.body()).post("/api/v1/units");
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            List<Response> responses = new ArrayList<>();
            try {
                for (Future<Response> f : pool.invokeAll(calls)) {
                    responses.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
            assertThat(statuses.toString(), statuses, everyItem(oneOf(201, 409)));
            List<Response> executed = responses.stream().filter(r -> r.statusCode() == 201 && r.header(REPLAYED) == null)
                    .toList();
            assertThat(statuses.toString(), executed.size(), equalTo(1));
            for (Response r : responses) {
                if (r.statusCode() == 201) {
                    assertThat(r.asByteArray(), equalTo(executed.get(0).asByteArray()));
                } else {
                    assertProblem(r, 409, "IDEMPOTENCY_IN_PROGRESS");
                    assertThat(r.header("Retry-After"), notNullValue());
                }
            }
            assertThat(unitsWithCode(unit.body().get("code")), equalTo(1L));
        }
    }

    /** A refusal is an answer too: replayed, not re-evaluated (even once the cause is gone). */
    @Test
    void aClientErrorIsReplayed() {
        var taken = Fixtures.unit();
        long existing = taken.create();
        String key = key();
        Map<String, Object> clash = new LinkedHashMap<>(Fixtures.unit().body());
        clash.put("code", taken.body().get("code"));
        Response first = Api.as(Actor.ADMIN).header(KEY, key).body(clash).post("/api/v1/units");
        assertThat(first.asString(), first.statusCode(), is(oneOf(409, 422)));
        // The clash goes away: the existing unit takes another code.
        Map<String, Object> renamed = new LinkedHashMap<>(taken.body());
        renamed.put("code", "R." + Fixtures.unique());
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/units/{id}", existing)).body(renamed)
                .put("/api/v1/units/{id}", existing).then().statusCode(200);
        Response again = Api.as(Actor.ADMIN).header(KEY, key).body(clash).post("/api/v1/units");
        assertThat(again.statusCode(), equalTo(first.statusCode()));
        assertThat(again.header(REPLAYED), equalTo("true"));
        assertThat(again.asByteArray(), equalTo(first.asByteArray()));
        assertThat(again.contentType(), startsWith("application/problem+json"));
        assertThat(unitsWithCode(clash.get("code")), equalTo(0L));
        // Without the key the same request now runs.
        Api.as(Actor.ADMIN).body(clash).post("/api/v1/units").then().statusCode(201);
    }

    @Test
    void aMalformedKeyIsRefused() {
        for (String key : new String[] { "k".repeat(101), "khóa", "tab\tin" }) {
            Response r = Api.raw(Actor.ADMIN).header(KEY, key).body(Fixtures.unit().body()).post("/api/v1/units");
            assertProblem(r, 400, "IDEMPOTENCY_KEY_INVALID");
            assertThat(r.jsonPath().getString("detail"), startsWith("Idempotency-Key phải"));
        }
        Response twice = Api.raw(Actor.ADMIN).header(KEY, "a").header(KEY, "b").body(Fixtures.unit().body())
                .post("/api/v1/units");
        assertProblem(twice, 400, "IDEMPOTENCY_KEY_INVALID");
        Response english = Api.raw(Actor.ADMIN).header("Accept-Language", "en").header(KEY, "k".repeat(101))
                .body(Fixtures.bloc().body()).post("/api/v1/blocs");
        assertThat(english.jsonPath().getString("detail"), startsWith("Idempotency-Key must be"));
        Response longest = Api.as(Actor.ADMIN).header(KEY, "~ " + "k".repeat(98)).body(Fixtures.bloc().body())
                .post("/api/v1/blocs");
        assertThat(longest.asString(), longest.statusCode(), equalTo(201));
    }

    @Test
    void withoutTheHeaderNothingChanges() {
        long before = records();
        var bloc = Fixtures.bloc();
        Response a = Api.as(Actor.ADMIN).body(bloc.body()).post("/api/v1/blocs");
        Response b = Api.as(Actor.ADMIN).body(Fixtures.bloc().body()).post("/api/v1/blocs");
        assertThat(a.statusCode(), equalTo(201));
        assertThat(b.statusCode(), equalTo(201));
        assertThat(a.header(REPLAYED), nullValue());
        assertThat(b.header(REPLAYED), nullValue());
        assertThat(a.jsonPath().getLong("id"), not(equalTo(b.jsonPath().getLong("id"))));
        assertThat(records(), equalTo(before));
    }

    /** A key still in flight is 409 with Retry-After; one in flight past the timeout (a crash) is taken over. */
    @Test
    void anAttemptInFlightHoldsTheKeyUntilItTimesOut() {
        var unit = Fixtures.unit();
        String key = key();
        Response first = Api.as(Actor.ADMIN).header(KEY, key).body(unit.body()).post("/api/v1/units");
        assertThat(first.statusCode(), equalTo(201));
        // As if the first attempt had not finished (yet): no stored answer.
        sql("update idempotency_record set completed_at = null, status = null, body = null, content_type = null,"
                + " location = null, etag = null, created_at = utc_timestamp(6) where " + BY_KEY, key);
        Response busy = Api.as(Actor.ADMIN).header(KEY, key).body(unit.body()).post("/api/v1/units");
        assertProblem(busy, 409, "IDEMPOTENCY_IN_PROGRESS");
        assertThat(Integer.parseInt(busy.header("Retry-After")), is(oneOf(java.util.stream.IntStream.rangeClosed(1, 60)
                .boxed().toArray(Integer[]::new))));
        // The attempt crashed 2 minutes ago: the retry runs (the unit exists now, so it is refused) and is stored.
        sql("update idempotency_record set created_at = utc_timestamp(6) - interval 120 second where " + BY_KEY, key);
        Response takenOver = Api.as(Actor.ADMIN).header(KEY, key).body(unit.body()).post("/api/v1/units");
        assertThat(takenOver.asString(), takenOver.statusCode(), is(oneOf(409, 422)));
        assertThat(takenOver.header(REPLAYED), nullValue());
        Response replayed = Api.as(Actor.ADMIN).header(KEY, key).body(unit.body()).post("/api/v1/units");
        assertThat(replayed.header(REPLAYED), equalTo("true"));
        assertThat(replayed.asByteArray(), equalTo(takenOver.asByteArray()));
        assertThat(unitsWithCode(unit.body().get("code")), equalTo(1L));
    }

    /** An upload retried with a rebuilt form (a new boundary): one stored file, the first answer replayed. */
    @Test
    void aRetriedUploadStoresOneFile() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
        String key = key();
        long before = count("select count(*) from stored_file");
        Response first = vn.thidua.support.Uploads.file(Api.raw(Actor.ADMIN).header(KEY, key), "quyet-dinh.pdf",
                vn.thidua.support.Uploads.PDF, null).post("/api/v1/terms/{id}/decision-files", term);
        assertThat(first.asString(), first.statusCode(), equalTo(201));
        Response again = vn.thidua.support.Uploads.file(Api.raw(Actor.ADMIN).header(KEY, key), "quyet-dinh.pdf",
                vn.thidua.support.Uploads.PDF, null).post("/api/v1/terms/{id}/decision-files", term);
        assertThat(again.header(REPLAYED), equalTo("true"));
        assertThat(again.asByteArray(), equalTo(first.asByteArray()));
        assertThat(count("select count(*) from stored_file"), equalTo(before + 1));
        Response otherFile = vn.thidua.support.Uploads.file(Api.raw(Actor.ADMIN).header(KEY, key), "khac.pdf",
                vn.thidua.support.Uploads.PDF, null).post("/api/v1/terms/{id}/decision-files", term);
        assertProblem(otherFile, 422, "IDEMPOTENCY_KEY_REUSED");
    }

    /**
     * The table tells nothing without the client's key: not the key, not which request was sent (the
     * fingerprint is keyed: a reader cannot try the few bodies a vote allows), not the answer (sealed).
     * A row stored before V20 (plain fingerprint and body, sealed = false) is still replayed.
     */
    @Test
    void theTableKeepsNeitherTheKeyNorTheRequestNorTheAnswerInTheClear() {
        String key = key();
        String name = "Khối niêm phong " + UUID.randomUUID().toString().substring(0, 8);
        byte[] body = ("{\"name\":\"" + name + "\",\"kind\":\"KHOI\"}").getBytes(StandardCharsets.UTF_8);
        Response first = Api.as(Actor.ADMIN).header(KEY, key).contentType("application/json").body(body).post("/api/v1/blocs");
        assertThat(first.asString(), first.statusCode(), equalTo(201));
        assertThat(first.asString(), containsString(name));
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select idem_key, request_hash, body, sealed + 0, caller from idempotency_record where " + BY_KEY)
                .setParameter(1, key).getSingleResult());
        assertThat(row[0], not(equalTo(key)));
        byte[] plain = RequestFingerprint.of("POST", "/api/v1/blocs", "application/json", body);
        assertThat((byte[]) row[1], not(equalTo(plain)));
        assertThat(new String((byte[]) row[2], StandardCharsets.UTF_8), not(containsString(name)));
        assertThat(((Number) row[3]).intValue(), equalTo(1));

        // A record left by the previous version: the plain fingerprint of exactly what is sent, the plain body
        // (the first answer's, so that a replay is told from a second run by the count of blocs).
        String legacy = key();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into idempotency_record (caller, idem_key,"
                + " request_hash, attempt, created_at, completed_at, status, content_type, body, sealed) values (?,"
                + " sha2(concat('thidua-idempotency-key', char(0), ?), 256), ?, ?, utc_timestamp(6), utc_timestamp(6), 201,"
                + " 'application/json', ?, false)")
                .setParameter(1, row[4]).setParameter(2, legacy).setParameter(3, plain).setParameter(4, new byte[16])
                .setParameter(5, first.asByteArray()).executeUpdate());
        Response retried = Api.as(Actor.ADMIN).header(KEY, legacy).contentType("application/json").body(body).post("/api/v1/blocs");
        assertThat(retried.asString(), retried.statusCode(), equalTo(201));
        assertThat(retried.header(REPLAYED), equalTo("true"));
        assertThat(retried.asByteArray(), equalTo(first.asByteArray()));
        assertThat(count("select count(*) from bloc where name = ?", name), equalTo(1L));
    }

    /** Answers older than the retention are swept when a new key is recorded. */
    @Test
    void expiredRecordsAreSwept() {
        String old = key();
        Api.as(Actor.ADMIN).header(KEY, old).body(Fixtures.bloc().body()).post("/api/v1/blocs").then().statusCode(201);
        sql("update idempotency_record set created_at = utc_timestamp(6) - interval 25 hour where " + BY_KEY, old);
        Api.as(Actor.ADMIN).header(KEY, key()).body(Fixtures.bloc().body()).post("/api/v1/blocs").then().statusCode(201);
        assertThat(count("select count(*) from idempotency_record where idem_key = ?", old), equalTo(0L));
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.asString(), r.statusCode(), equalTo(status));
        assertThat(r.asString(), r.contentType(), startsWith("application/problem+json"));
        assertThat(r.asString(), r.jsonPath().getString("code"), equalTo(code));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private long unitsWithCode(Object code) {
        return count("select count(*) from unit where code = ?", code);
    }

    private long records() {
        return count("select count(*) from idempotency_record");
    }

    private long count(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(query);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            assertThat(q.executeUpdate(), equalTo(1));
        });
    }
}
