package vn.thidua.sheet;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

import vn.thidua.security.CurrentUser;

/**
 * Writes a sheet's field-level history: one row per field of one criterion that changed. The rows of a
 * transaction are written together, in one JDBC batch just before it commits (a consolidation of 15
 * sheets × 40 criteria is 600 rows: one round trip, not 600).
 */
@ApplicationScoped
class ScoreHistory {

    private static final String PENDING = ScoreHistory.class.getName() + ".pending";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transaction;

    void changed(ScoreSheet sheet, long criterionId, ScoreChange.Stage stage, Long reviewId, ScoreChange.Field field,
            Object before, Object after) {
        String old = text(before);
        String now = text(after);
        if (Objects.equals(old, now)) {
            return;
        }
        ScoreChange c = new ScoreChange();
        c.sheetId = sheet.id;
        c.criterionId = criterionId;
        c.stage = stage;
        c.reviewId = reviewId;
        c.field = field;
        c.oldValue = old;
        c.newValue = now;
        c.changedBy = user.username();
        c.changedAt = clock.instant();
        pending().add(c);
    }

    @SuppressWarnings("unchecked")
    private List<ScoreChange> pending() {
        List<ScoreChange> rows = (List<ScoreChange>) transaction.getResource(PENDING);
        if (rows == null) {
            List<ScoreChange> fresh = new ArrayList<>();
            transaction.putResource(PENDING, fresh);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing kept
                }
            });
            rows = fresh;
        }
        return rows;
    }

    private void write(List<ScoreChange> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into score_change (sheet_id, criterion_id, stage,"
                    + " review_id, field, old_value, new_value, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ScoreChange c : rows) {
                    insert.setLong(1, c.sheetId);
                    insert.setLong(2, c.criterionId);
                    insert.setString(3, c.stage.name());
                    if (c.reviewId == null) {
                        insert.setNull(4, Types.BIGINT);
                    } else {
                        insert.setLong(4, c.reviewId);
                    }
                    insert.setString(5, c.field.name());
                    insert.setString(6, c.oldValue);
                    insert.setString(7, c.newValue);
                    insert.setString(8, c.changedBy);
                    insert.setObject(9, LocalDateTime.ofInstant(c.changedAt, ZoneOffset.UTC)); // stored in UTC, as Hibernate stores instants
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        rows.clear();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
