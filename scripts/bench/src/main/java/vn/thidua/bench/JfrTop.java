package vn.thidua.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from a JFR recording's execution samples: each sample is charged to the first
 * frame from the top that is not the JDK's own (so a HashMap lookup inside Hibernate counts as
 * Hibernate), grouped by library; then the application's and Hibernate's hottest methods.
 * usage: java -cp … vn.thidua.bench.JfrTop recording.jfr
 */
public final class JfrTop {

    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("org.hibernate.", "Hibernate ORM");
        GROUPS.put("io.quarkus.hibernate.", "Hibernate ORM");
        GROUPS.put("io.quarkus.oidc.", "OIDC / JWT");
        GROUPS.put("org.jose4j.", "OIDC / JWT");
        GROUPS.put("io.smallrye.jwt.", "OIDC / JWT");
        GROUPS.put("io.quarkus.security.", "security checks");
        GROUPS.put("io.quarkus.vertx.http.runtime.security.", "security checks");
        GROUPS.put("org.mariadb.", "MariaDB driver");
        GROUPS.put("io.agroal.", "pool + JTA");
        GROUPS.put("com.arjuna.", "pool + JTA");
        GROUPS.put("io.narayana.", "pool + JTA");
        GROUPS.put("io.quarkus.narayana.", "pool + JTA");
        GROUPS.put("com.fasterxml.jackson.", "Jackson");
        GROUPS.put("io.netty.", "Vert.x / Netty");
        GROUPS.put("io.vertx.", "Vert.x / Netty");
        GROUPS.put("org.jboss.resteasy.", "Quarkus REST");
        GROUPS.put("io.quarkus.resteasy.", "Quarkus REST");
        GROUPS.put("org.jboss.logmanager.", "logging");
        GROUPS.put("org.jboss.logging.", "logging");
        GROUPS.put("io.opentelemetry.", "OpenTelemetry");
        GROUPS.put("io.quarkus.opentelemetry.", "OpenTelemetry");
        GROUPS.put("io.micrometer.", "metrics");
        GROUPS.put("io.quarkus.arc.", "CDI (ArC)");
        GROUPS.put("org.hibernate.validator.", "validation");
        GROUPS.put("vn.thidua.", "application");
    }

    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> groups = new TreeMap<>();
        Map<String, Integer> methods = new TreeMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!"jdk.ExecutionSample".equals(e.getEventType().getName()) || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            String group = "JDK / other";
            String method = null;
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
                    continue;
                }
                group = GROUPS.entrySet().stream().filter(g -> type.startsWith(g.getKey())).map(Map.Entry::getValue)
                        .reduce((a, b) -> b).orElse("other: " + type.replaceAll("^((?:[^.]+\\.){2}[^.]+).*", "$1"));
                method = type + "." + f.getMethod().getName();
                break;
            }
            total++;
            groups.merge(group, 1, Integer::sum);
            if (method != null) {
                methods.merge(method, 1, Integer::sum);
            }
        }
        int n = Math.max(1, total);
        System.out.printf("%d CPU samples%n", total);
        groups.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(16)
                .forEach(g -> System.out.printf("  %5.1f %%  %s%n", 100.0 * g.getValue() / n, g.getKey()));
        System.out.println("hottest methods (first non-JDK frame):");
        methods.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                .forEach(m -> System.out.printf("  %5.1f %%  %s%n", 100.0 * m.getValue() / n, m.getKey()));
    }
}
