package vn.thidua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * What one request sends to MariaDB, as the server saw it: MariaDB's general log (to a table, switched
 * on for the one request and off again at once), restricted to the backend's pool connections
 * (processlist: user and database of the backend). Needs the server's root account over the local
 * socket (unix_socket authentication, as on these machines); the previous log settings are restored.
 */
public final class SqlCapture implements AutoCloseable {

    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_0-9])-?\\d+(\\.\\d+)?");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.|'')*'");

    private final Connection root;
    private final String database;
    private final String user;
    private final String savedOutput;

    SqlCapture(String rootUrl, String database, String user) throws SQLException {
        this.root = DriverManager.getConnection(rootUrl);
        this.database = database;
        this.user = user;
        try (Statement st = root.createStatement(); ResultSet rs = st.executeQuery("select @@global.log_output")) {
            rs.next();
            savedOutput = rs.getString(1);
        }
    }

    /** Runs {@code request} with the general log on; returns the statements of the backend's connections. */
    List<String> capture(Callable<?> request) throws Exception {
        Set<Long> threads = poolThreads();
        try (Statement st = root.createStatement()) {
            st.execute("set global general_log = 0");
            st.execute("truncate table mysql.general_log");
            st.execute("set global log_output = 'TABLE'");
            st.execute("set global general_log = 1");
            try {
                request.call();
                Thread.sleep(150);
            } finally {
                st.execute("set global general_log = 0");
                st.execute("set global log_output = '" + savedOutput + "'");
            }
            threads.addAll(poolThreads());
            List<String> statements = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select thread_id, command_type, convert(argument using utf8mb4)"
                    + " from mysql.general_log")) {
                while (rs.next()) {
                    String type = rs.getString(2);
                    if (threads.contains(rs.getLong(1)) && ("Query".equals(type) || "Execute".equals(type))) {
                        statements.add(rs.getString(3).strip());
                    }
                }
            }
            st.execute("truncate table mysql.general_log");
            return statements;
        }
    }

    /** EXPLAIN of a SELECT: the tables read in full ("type" ALL) with their estimated rows. */
    /** EXPLAIN's estimate of the rows a SELECT examines (the product over its tables, as the join reads them), and its filesorts. */
    Examined examined(String select) throws SQLException {
        double rows = 1;
        List<String> sorts = new ArrayList<>();
        try (Statement st = root.createStatement()) {
            st.execute("use `" + database + "`");
            try (ResultSet rs = st.executeQuery("explain " + select)) {
                while (rs.next()) {
                    long r = Math.max(1, rs.getLong("rows"));
                    rows *= r;
                    String extra = rs.getString("Extra");
                    if (extra != null && extra.contains("filesort")) {
                        sorts.add(rs.getString("table") + " " + r);
                    }
                }
            }
        }
        return new Examined((long) rows, sorts);
    }

    /** Rows examined by a request's SELECTs (summed) and the tables sorted without an index (with their rows). */
    record Examined(long rows, List<String> filesorts) {
        Examined plus(Examined other) {
            List<String> all = new ArrayList<>(filesorts);
            all.addAll(other.filesorts);
            return new Examined(rows + other.rows, all);
        }
    }

    List<String> fullScans(String select, long minRows) throws SQLException {
        List<String> scans = new ArrayList<>();
        try (Statement st = root.createStatement()) {
            st.execute("use `" + database + "`");
            try (ResultSet rs = st.executeQuery("explain " + select)) {
                while (rs.next()) {
                    String type = rs.getString("type");
                    long rows = rs.getLong("rows");
                    if ("ALL".equals(type) && rows >= minRows) {
                        scans.add(rs.getString("table") + " (" + rows + " rows)");
                    }
                }
            }
        }
        return scans;
    }

    private Set<Long> poolThreads() throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (Statement st = root.createStatement(); ResultSet rs = st.executeQuery(
                "select id from information_schema.processlist where db = '" + database + "' and user = '" + user + "'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The statement's shape: literals replaced by ?, so that a committed snapshot survives new ids and values. */
    static String shape(String sql) {
        String s = STRING.matcher(sql).replaceAll("?");
        s = NUMBER.matcher(s).replaceAll("?");
        return s.replaceAll("\\s+", " ").replaceAll("\\?(\\s*,\\s*\\?)+", "?").trim();
    }

    /** {@code SqlCapture FILE.sql…}: prints each captured file's shapes (what --update-sql commits). */
    public static void main(String[] args) throws java.io.IOException {
        for (String file : args) {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
                if (!line.isBlank()) {
                    System.out.println(shape(line));
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }
}
