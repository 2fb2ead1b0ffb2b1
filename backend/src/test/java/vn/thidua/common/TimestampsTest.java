package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.TestClock;

/** Created/updated times (and audit times) come from the injected Clock, not the machine's. */
@QuarkusTest
class TimestampsTest {

    private static final Instant CREATED = Instant.parse("2031-05-06T07:08:09.123456Z");
    private static final Instant UPDATED = Instant.parse("2032-11-12T13:14:15.654321Z");

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void createdAndUpdatedFollowTheClock() {
        var unit = Fixtures.unit();
        clock.fixAt(CREATED);
        long id = unit.create();
        long term = Fixtures.term(Fixtures.bloc().create(), 2026).create();
        long member = Fixtures.member(term, id, "MEMBER");
        assertEquals(CREATED, stamp("unit", "created_at", id));
        assertEquals(CREATED, stamp("unit", "updated_at", id));
        assertEquals(CREATED, stamp("term", "created_at", term));
        assertEquals(CREATED, stamp("membership", "created_at", member));
        assertEquals(CREATED, lastAuditTime());

        clock.fixAt(UPDATED);
        Map<String, Object> edit = new LinkedHashMap<>(unit.body());
        edit.put("shortName", "GIỜ");
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/units/{id}", id)).body(edit)
                .put("/api/v1/units/{id}", id).then().statusCode(200);
        assertEquals(CREATED, stamp("unit", "created_at", id));
        assertEquals(UPDATED, stamp("unit", "updated_at", id));
        assertEquals(UPDATED, lastAuditTime());
    }

    private Instant stamp(String table, String column, long id) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) em
                .createNativeQuery("select " + column + " from " + table + " where id = ?1", Instant.class)
                .setParameter(1, id).getSingleResult());
    }

    private Instant lastAuditTime() {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) em
                .createNativeQuery("select occurred_at from audit_event order by id desc limit 1", Instant.class)
                .getSingleResult());
    }
}
