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
                    audit(c, "admin.bn", "CREATE", "Unit", id, provinceId,
                            "{\"code\":\"" + code + "\",\"name\":\"Đơn vị bench " + code + "\",\"kind\":\"SO\"}");
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

    /**
     * An audit event as the backend appends one (AuditChainWriter): the chain head locked FOR UPDATE until
     * the commit, the event inserted with the next sequence, the head moved on — so that concurrent
     * audited writes queue behind one another here as they do there. The hash is a stand-in of the same
     * length (the bench database's chain is not verified).
     */
    static void audit(Connection c, String actor, String operation, String entityType, long entityId, long provinceId, String changes)
            throws SQLException {
        long seq;
        String prev;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select last_seq, last_hash from audit_chain_head where id = 1 for update")) {
            rs.next();
            seq = rs.getLong(1) + 1;
            prev = rs.getString(2);
        }
        String hash = Long.toHexString(seq) + prev.substring(Long.toHexString(seq).length());
        try (PreparedStatement ps = c.prepareStatement("insert into audit_event (chain_seq, occurred_at, actor,"
                + " actor_unit, operation, entity_type, entity_id, province_id, reason, changes, prev_hash, hash)"
                + " values (?, utc_timestamp(6), ?, null, ?, ?, ?, ?, null, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, actor);
            ps.setString(3, operation);
            ps.setString(4, entityType);
            ps.setLong(5, entityId);
            ps.setLong(6, provinceId);
            ps.setString(7, changes);
            ps.setString(8, prev);
            ps.setString(9, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
    }

    /** What {@link #atOnce} measured: each transaction's milliseconds, and the gate's wall time to the last commit. */
    record Gate(List<Double> ms, double wallMs) {
    }

    /**
     * {@code n} transactions released at one gate (one thread each, over this pool): each borrows a
     * connection, runs {@code work} with autocommit off and commits.
     */
    Gate atOnce(int n, GateWork work) throws Exception {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<long[]>> tx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long index = i;
                tx.add(threads.submit(() -> {
                    gate.await();
                    long t0 = System.nanoTime();
                    try (Connection c = pool.getConnection()) {
                        c.setAutoCommit(false);
                        work.run(index, c);
                        c.commit();
                    }
                    return new long[] { System.nanoTime() - t0, System.nanoTime() };
                }));
            }
            Thread.sleep(200);
            long opened = System.nanoTime();
            gate.countDown();
            List<Double> ms = new ArrayList<>();
            long last = opened;
            for (java.util.concurrent.Future<long[]> f : tx) {
                long[] r = f.get();
                ms.add(r[0] / 1e6);
                last = Math.max(last, r[1]);
            }
            return new Gate(ms, (last - opened) / 1e6);
        } finally {
            threads.shutdownNow();
        }
    }

    /** SQL against a borrowed connection (a DDL set-up, a clean-up). */
    void execute(String... statements) throws SQLException {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** One transaction of a gate: its index and its connection (autocommit off; committed after). */
    interface GateWork {
        void run(long i, Connection c) throws SQLException;
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
