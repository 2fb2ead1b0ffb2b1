package vn.thidua.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** The audit trail is a hash chain; the verifier names the first row that was changed or removed. */
@QuarkusTest
class AuditChainTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anIntactChainVerifies() throws SQLException {
        Fixtures.term(Fixtures.bloc().create(), 2025).create();
        AuditVerifier.Result result = verify();
        assertTrue(result.intact(), result.toString());
        assertEquals(count(), result.checked());
    }

    @Test
    void aTamperedRowIsNamed() throws SQLException {
        long unit = Fixtures.unit().create();
        Fixtures.unit().create();
        long event = lastEventOf("Unit", unit);
        try (Connection c = dataSource.getConnection()) {
            execute(c, "create temporary table saved_changes as select id, changes from audit_event where id = ?", event);
            execute(c, "update audit_event set changes = json_set(changes, '$.name.after', 'Sở Giả mạo') where id = ?", event);
            AuditVerifier.Result result = AuditVerifier.verify(c);
            assertEquals(event, result.brokenId(), result.toString());
            assertTrue(result.problem().contains("content"), result.toString());
            restoreChanges(c, event);
            assertTrue(AuditVerifier.verify(c).intact(), "restored");
            // any other field just as surely
            execute(c, "update audit_event set actor = 'viewer' where id = ?", event);
            assertEquals(event, AuditVerifier.verify(c).brokenId());
            execute(c, "update audit_event set actor = 'admin' where id = ?", event);
            assertTrue(AuditVerifier.verify(c).intact(), "restored");
        }
    }

    @Test
    void aRemovedRowIsNamed() throws SQLException {
        long first = lastEventOf("Unit", Fixtures.unit().create());
        long removed = lastEventOf("Unit", Fixtures.unit().create());
        long after = lastEventOf("Unit", Fixtures.unit().create());
        try (Connection c = dataSource.getConnection()) {
            saveAndDelete(c, removed);
            AuditVerifier.Result result = AuditVerifier.verify(c);
            assertEquals(after, result.brokenId(), result.toString());
            assertTrue(result.problem().contains("missing") && result.problem().contains(first + " and " + after),
                    result.toString());
            restore(c);
            assertTrue(AuditVerifier.verify(c).intact(), "restored");

            // removing the newest row leaves no successor to notice: the chain head does
            saveAndDelete(c, after);
            result = AuditVerifier.verify(c);
            assertNull(result.brokenId(), result.toString());
            assertTrue(result.problem().contains("newest"), result.toString());
            restore(c);
            assertTrue(AuditVerifier.verify(c).intact(), "restored");
        }
    }

    @Test
    void concurrentWritersKeepTheChainValid() throws Exception {
        int writers = 8;
        int perWriter = 5;
        long before = count();
        CyclicBarrier start = new CyclicBarrier(writers);
        List<Callable<Long>> calls = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            calls.add(() -> {
                start.await();
                long began = System.nanoTime();
                for (int i = 0; i < perWriter; i++) {
                    Api.as(Actor.ADMIN).body(Fixtures.unit().body()).post("/api/v1/units").then().statusCode(201);
                }
                return System.nanoTime() - began;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long slowest = 0;
        long started = System.nanoTime();
        try {
            for (Future<Long> f : pool.invokeAll(calls)) {
                slowest = Math.max(slowest, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - started;
        System.out.printf("audit chain: %d concurrent writes by %d writers in %d ms (%.1f writes/s)%n",
                writers * perWriter, writers, wall / 1_000_000, writers * perWriter * 1e9 / wall);
        assertEquals(before + writers * perWriter, count());
        AuditVerifier.Result result = verify();
        assertTrue(result.intact(), result.toString());
    }

    private AuditVerifier.Result verify() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditVerifier.verify(c);
        }
    }

    private long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from audit_event");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long lastEventOf(String type, long id) {
        return Api.as(Actor.ADMIN).queryParam("entityType", type).queryParam("entityId", id).queryParam("size", 1)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    /** Keeps the row in a temporary table, byte for byte, then removes it from the trail. */
    private static void saveAndDelete(Connection c, long id) throws SQLException {
        execute(c, "create temporary table saved_audit_event as select * from audit_event where id = ?", id);
        execute(c, "delete from audit_event where id = ?", id);
    }

    private static void restore(Connection c) throws SQLException {
        execute(c, "insert into audit_event select * from saved_audit_event");
        execute(c, "drop temporary table saved_audit_event");
    }

    private static void restoreChanges(Connection c, long id) throws SQLException {
        execute(c, "update audit_event e join saved_changes s on s.id = e.id set e.changes = s.changes where e.id = ?", id);
        execute(c, "drop temporary table saved_changes");
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
    }
}
