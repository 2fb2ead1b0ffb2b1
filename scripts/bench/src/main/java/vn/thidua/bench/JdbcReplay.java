package vn.thidua.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The database's own speed for an endpoint: {@code threads} threads (the load generator's concurrency)
 * over a HikariCP pool of the backend's size, each borrowing a connection per "set" and sending the
 * set's statements as captured (every column of every row read). Returns sets per second.
 */
final class JdbcReplay implements AutoCloseable {

    private final HikariDataSource pool;

    JdbcReplay(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(poolSize);
        config.setPoolName("bench-baseline");
        pool = new HikariDataSource(config);
    }

    /** Replays the captured statements literally (reads). */
    double replay(List<String> statements, int threads, double seconds) throws InterruptedException {
        return loop(threads, seconds, i -> {
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                for (String sql : statements) {
                    if (st.execute(sql)) {
                        drain(st.getResultSet());
                    }
                }
            }
        });
    }

    /**
     * The durable-write baseline: the rows POST /api/v1/units writes (a unit, its name, an audit event
     * and the chain head moved on), in one transaction committed each time, as a hand-written JDBC
     * program would: lock the head, insert, update, commit.
     */
    double insertUnits(long provinceId, String prefix, int threads, double seconds) throws InterruptedException {
        return loop(threads, seconds, i -> {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    String code = prefix + "J" + i;
                    long seq;
                    String prev;
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery("select last_seq, last_hash from audit_chain_head where id = 1 for update")) {
                        rs.next();
                        seq = rs.getLong(1) + 1;
                        prev = rs.getString(2);
                    }
                    long id;
                    try (PreparedStatement ps = c.prepareStatement("insert into unit (province_id, code, name, short_name, kind,"
                            + " active_from, active_to, version, created_at, updated_at) values (?,?,?,null,'SO','2026-01-01',null,0,"
                            + " utc_timestamp(6), utc_timestamp(6))", Statement.RETURN_GENERATED_KEYS)) {
                        ps.setLong(1, provinceId);
                        ps.setString(2, code);
                        ps.setString(3, "Đơn vị bench " + code);
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement("insert into unit_name (unit_id, name, short_name, name_search,"
                            + " valid_from) values (?,?,null,?,'2026-01-01')")) {
                        ps.setLong(1, id);
                        ps.setString(2, "Đơn vị bench " + code);
                        ps.setString(3, Dataset.fold("Đơn vị bench " + code));
                        ps.executeUpdate();
                    }
                    String hash = Long.toHexString(seq) + prev.substring(Long.toHexString(seq).length());
                    try (PreparedStatement ps = c.prepareStatement("insert into audit_event (chain_seq, occurred_at, actor,"
                            + " actor_unit, operation, entity_type, entity_id, province_id, reason, changes, prev_hash, hash)"
                            + " values (?, utc_timestamp(6), 'admin.bn', null, 'CREATE', 'Unit', ?, ?, null, ?, ?, ?)")) {
                        ps.setLong(1, seq);
                        ps.setLong(2, id);
                        ps.setLong(3, provinceId);
                        ps.setString(4, "{\"code\":\"" + code + "\",\"name\":\"Đơn vị bench " + code + "\",\"kind\":\"SO\"}");
                        ps.setString(5, prev);
                        ps.setString(6, hash);
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
                        ps.setLong(1, seq);
                        ps.setString(2, hash);
                        ps.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        });
    }

    interface Work {
        void run(long i) throws SQLException;
    }

    private static double loop(int threads, double seconds, Work work) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong counter = new AtomicLong(System.nanoTime() % 1_000_000);
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        work.run(counter.incrementAndGet());
                        done.incrementAndGet();
                    } catch (SQLException e) {
                        if (failures.incrementAndGet() == 1) {
                            System.err.println("[bench] baseline statement failed: " + e.getMessage());
                        }
                    }
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return failures.get() > done.get() ? 0 : done.get() / elapsed;
    }

    private static void drain(ResultSet rs) throws SQLException {
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
