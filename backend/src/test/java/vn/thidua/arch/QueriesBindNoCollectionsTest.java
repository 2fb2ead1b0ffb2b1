package vn.thidua.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No query binds a collection ({@code in :ids}, {@code in ?1}): Hibernate caches no plan for such a
 * query and translates it to SQL again at every execution. IN lists go through
 * {@code common/persistence/InList}, one parameter per value (docs/performance.md, seventh pass).
 */
class QueriesBindNoCollectionsTest {

    /** "in :name" or "in ?1" inside a string literal (the HQL of a query). */
    static final Pattern BOUND_COLLECTION = Pattern.compile("\"[^\"\\n]*\\bin\\s*(:\\w|\\?\\d)[^\"\\n]*\"",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyInListHasOneParameterPerValue() throws IOException {
        List<String> offenders = new ArrayList<>();
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from backend/");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (BOUND_COLLECTION.matcher(lines.get(i)).find()) {
                        offenders.add(sources.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "bind each value of an IN list through InList");
    }

    @Test
    void thePatternFindsABoundCollection() {
        for (String hql : new String[] { "\"select u from Unit u where u.id in :ids\"", "\" and m.unit.id in ?1 order by m.id\"",
                "\"where s.provinceId not in :scope)\"", "\"where x IN :xs\"" }) {
            Matcher m = BOUND_COLLECTION.matcher(hql);
            assertTrue(m.find(), hql);
        }
        for (String fine : new String[] { "\"where \" + ids.in(\"u.id\")", "\"u.id in (:ids0, :ids1)\"", "\"≥ \" + min",
                "\"join fetch m.unit u\"" }) {
            assertTrue(!BOUND_COLLECTION.matcher(fine).find(), fine);
        }
    }
}
