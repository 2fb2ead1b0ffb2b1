package vn.thidua.common.observability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Figures an operator watches, on the management port's /q/metrics: open terms, audit events
 * today, stored files. Counted every 30 s off the event loop; a scrape only reads the last counts.
 */
@ApplicationScoped
public class DomainGauges {

    private static final Logger LOG = Logger.getLogger(DomainGauges.class);
    private static final long PERIOD_MS = 30_000;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** gauge name → SQL giving one number; {today} is the start of today in Vietnam (UTC). */
    private static final Map<String, String> QUERIES = Map.of(
            "thidua.terms.open", "SELECT COUNT(*) FROM term WHERE status IN ('ACTIVE', 'SCORING')",
            "thidua.audit.events.today", "SELECT COUNT(*) FROM audit_event WHERE occurred_at >= '{today}'",
            "thidua.files.stored", "SELECT COUNT(*) FROM stored_file",
            "thidua.files.stored.bytes", "SELECT COALESCE(SUM(size_bytes), 0) FROM stored_file");

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    Vertx vertx;

    @Inject
    Clock clock;

    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    void start(@Observes StartupEvent event) {
        QUERIES.keySet().forEach(name -> {
            AtomicLong value = values.computeIfAbsent(name, n -> new AtomicLong(-1));
            Gauge.builder(name, value, AtomicLong::get).description("ThiĐua: " + name).register(registry);
        });
        refresh();
        vertx.setPeriodic(PERIOD_MS, id -> vertx.executeBlocking(() -> {
            refresh();
            return null;
        }, false));
    }

    void refresh() {
        String today = LocalDate.now(clock.withZone(VIETNAM)).atStartOfDay(VIETNAM).toInstant().toString()
                .replace('T', ' ').replace("Z", "");
        try {
            QuarkusTransaction.requiringNew().run(() -> QUERIES.forEach((name, sql) -> values.get(name)
                    .set(((Number) em.createNativeQuery(sql.replace("{today}", today)).getSingleResult()).longValue())));
        } catch (RuntimeException e) {
            // The database may be down: keep the last counts, readiness says the rest.
            LOG.debugf("Domain gauges not refreshed: %s", e.getMessage());
        }
    }
}
