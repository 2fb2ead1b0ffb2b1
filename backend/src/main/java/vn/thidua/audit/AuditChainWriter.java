package vn.thidua.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalDataSource;

/**
 * Appends a transaction's audit rows to the hash chain just before it commits. The chain head
 * (one row) is locked FOR UPDATE there, so concurrent writers chain one after the other; taking
 * it last — after every other lock of the transaction, once Hibernate has flushed — keeps the wait
 * short and rules out deadlocks with the entity rows. See docs/adr/0007-hash-chained-audit.md.
 */
@ApplicationScoped
class AuditChainWriter {

    private static final Object PENDING = AuditChainWriter.class;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    AgroalDataSource dataSource;

    /** Queues a row for the current transaction's commit. */
    void append(AuditChain.Row row) {
        @SuppressWarnings("unchecked")
        List<AuditChain.Row> pending = (List<AuditChain.Row>) registry.getResource(PENDING);
        if (pending == null) {
            List<AuditChain.Row> rows = new ArrayList<>();
            registry.putResource(PENDING, rows);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        write(rows);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = rows;
        }
        pending.add(row);
    }

    private void write(List<AuditChain.Row> rows) {
        try (Connection connection = dataSource.getConnection()) {
            long seq;
            String hash;
            try (PreparedStatement head = connection.prepareStatement(
                    "select last_seq, last_hash from audit_chain_head where id = 1 for update");
                    ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("audit_chain_head has no row");
                }
                seq = rs.getLong(1);
                hash = rs.getString(2);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (chain_seq,"
                    + " occurred_at, actor, actor_unit, operation, entity_type, entity_id, province_id, reason, changes,"
                    + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditChain.Row pending : rows) {
                    AuditChain.Row row = new AuditChain.Row(++seq, pending.occurredAt(), pending.actor(),
                            pending.actorUnit(), pending.operation(), pending.entityType(), pending.entityId(),
                            pending.provinceId(), pending.reason(), pending.changes());
                    String next = AuditChain.hash(hash, row);
                    insert.setLong(1, row.seq());
                    insert.setString(2, row.occurredAt());
                    insert.setString(3, row.actor());
                    insert.setString(4, row.actorUnit());
                    insert.setString(5, row.operation());
                    insert.setString(6, row.entityType());
                    insert.setLong(7, row.entityId());
                    if (row.provinceId() == null) {
                        insert.setNull(8, Types.BIGINT);
                    } else {
                        insert.setLong(8, row.provinceId());
                    }
                    insert.setString(9, row.reason());
                    insert.setString(10, row.changes());
                    insert.setString(11, hash);
                    insert.setString(12, next);
                    insert.addBatch();
                    hash = next;
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
                update.setLong(1, seq);
                update.setString(2, hash);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be written; the change is rolled back", e);
        }
    }
}
