package vn.thidua.common.observability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.SeedCases;

/** Request log lines (one per request, with id, user, template, status, duration) and traces. */
@QuarkusTest
class ObservabilityTest {

    private static final Logger REQUESTS = Logger.getLogger("vn.thidua.request");
    private final List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord line = (ExtLogRecord) record;
            line.copyMdc(); // the MDC is the request's: read it now, not when the test asserts
            lines.add(line);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    RecordedSpans spans;

    @BeforeEach
    void listen() {
        REQUESTS.addHandler(capture);
    }

    @AfterEach
    void stop() {
        REQUESTS.removeHandler(capture);
    }

    @Test
    void eachRequestIsLoggedOnceWithItsIdUserTemplateStatusAndDuration() throws InterruptedException {
        long term = SeedCases.termId("bk", 2023);
        String token = Actor.VIEWER.token();
        Response response = Api.unvalidated(Actor.ANONYMOUS).header("Authorization", "Bearer " + token)
                .header(RequestLog.HEADER, "probe-0001-abcd").get("/api/v1/terms/{id}?secret=ThiDua@2026", term);
        assertEquals(200, response.statusCode());
        assertEquals("probe-0001-abcd", response.header(RequestLog.HEADER), "the caller's request id comes back");

        List<ExtLogRecord> mine = linesOf("probe-0001-abcd");
        assertEquals(1, mine.size(), "one line per request");
        ExtLogRecord line = mine.get(0);
        assertEquals("GET", line.getMdc("method"));
        assertEquals("/api/v1/terms/{id}", line.getMdc("path"));
        assertEquals("200", line.getMdc("status"));
        assertEquals("viewer", line.getMdc("user"));
        assertThat(line.getMdc("durationMs"), matchesPattern("\\d+\\.\\d+"));
        String text = line.getFormattedMessage();
        assertThat(text, containsString("GET /api/v1/terms/{id} 200"));
        assertThat("no raw id", text, not(containsString("/" + term)));
        assertThat("no token", text, not(containsString(token.substring(0, 20))));
        assertThat("no query string", text, not(containsString("ThiDua@2026")));
    }

    @Test
    void aMalformedRequestIdIsReplaced() throws InterruptedException {
        Response response = Api.unvalidated(Actor.ANONYMOUS).header(RequestLog.HEADER, "x y\u0007<script>")
                .get("/api/v1/units");
        String id = response.header(RequestLog.HEADER);
        assertThat(id, matchesPattern("[0-9a-f-]{36}"));
        ExtLogRecord line = linesOf(id).get(0);
        assertEquals("401", line.getMdc("status"));
        assertEquals("-", line.getMdc("user"));
    }

    @Test
    void aRequestIsTracedFromHttpThroughTheServiceToSql() throws InterruptedException {
        long term = SeedCases.termId("bk", 2023);
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", term).then().statusCode(200);
        SpanData server = await(() -> spans.all().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().equals("GET /api/v1/terms/{id}")).reduce((a, b) -> b));
        List<SpanData> trace = spans.all().stream().filter(s -> s.getTraceId().equals(server.getTraceId())).toList();
        SpanData service = trace.stream().filter(s -> s.getName().equals("TermService.get")).findFirst()
                .orElseThrow(() -> new AssertionError("no service span in " + names(trace)));
        assertTrue(descendsFrom(service, server, trace), "the service span is inside the HTTP span");
        SpanData sql = trace.stream()
                .filter(s -> "mariadb".equals(s.getAttributes().get(AttributeKey.stringKey("db.system")))
                        || "mariadb".equals(s.getAttributes().get(AttributeKey.stringKey("db.system.name"))))
                .findFirst().orElseThrow(() -> new AssertionError("no SQL span in " + names(trace)));
        assertTrue(descendsFrom(sql, service, trace), "the SQL span is inside the service span");
    }

    /** The line is written when the answer has been sent, so it may arrive just after the client got it. */
    private List<ExtLogRecord> linesOf(String requestId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<ExtLogRecord> found;
        do {
            Thread.sleep(50);
            found = lines.stream().filter(r -> requestId.equals(r.getMdc("requestId"))).toList();
        } while (found.isEmpty() && System.nanoTime() < until);
        Thread.sleep(200);
        return lines.stream().filter(r -> requestId.equals(r.getMdc("requestId"))).toList();
    }

    private static boolean descendsFrom(SpanData child, SpanData ancestor, List<SpanData> trace) {
        String parent = child.getParentSpanId();
        while (SpanId.isValid(parent) && !parent.equals(ancestor.getSpanId())) {
            String id = parent;
            parent = trace.stream().filter(s -> s.getSpanId().equals(id)).map(SpanData::getParentSpanId).findFirst()
                    .orElse(SpanId.getInvalid());
        }
        return SpanId.isValid(parent);
    }

    private static String names(List<SpanData> trace) {
        return trace.stream().map(SpanData::getName).toList().toString();
    }

    private static SpanData await(java.util.function.Supplier<Optional<SpanData>> find) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            Optional<SpanData> found = find.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no server span recorded");
    }
}
