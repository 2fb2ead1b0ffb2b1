package vn.thidua.vote;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.support.Votes;
import vn.thidua.support.Votes.World;

/**
 * A secret round never passes through the logs (ADR 0017): while units cast, are refused, and the round is closed,
 * tallied, certified and published (the receipts in the answers), neither the test run's log file
 * ({@code %test.quarkus.log.file.path}) nor a handler on the root logger catching every record — the
 * application's loggers lowered to DEBUG meanwhile — holds a receipt, a ballot's choices, or a line naming a unit
 * (its code, id or officer) together with the unit it chose (its code, id or officer).
 */
@QuarkusTest
class BallotLogSecrecyApiTest {

    private static final Path LOG_FILE = Path.of("target", "quarkus-test.log");
    private static final String BALLOTS_LINE = "POST /api/v1/votes/{id}/ballots";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noReceiptNorAUnitsChoiceIsEverLogged() throws Exception {
        World w = Votes.world(5, 5, null);
        List<Long> candidates = w.units().subList(1, 5);
        long vote = Votes.create(w, Votes.body(w, "OTHER", "SECRET", candidates));
        Votes.step(w, vote, "OPEN", "OPEN");

        assertTrue(Files.exists(LOG_FILE), "the test profile logs to " + LOG_FILE.toAbsolutePath());
        long from = Files.size(LOG_FILE);
        List<Line> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(line(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Logger app = Logger.getLogger("vn.thidua");
        Level appLevel = app.getLevel();
        root.addHandler(capture);
        app.setLevel(Level.FINE);
        List<String> receipts = new ArrayList<>();
        List<Long> choice = new ArrayList<>();
        try {
            // a refused ballot first (unit 0 is no candidate), then unit 1 chooses unit 2 and the others unit 1 (never themselves)
            Votes.cast(w, vote, 1, 0, List.of(w.unit(0))).then().statusCode(422).body("code", equalTo("VOTE_BALLOT_INVALID"));
            for (int i = 0; i < 5; i++) {
                choice.add(w.unit(i == 1 ? 2 : 1));
                receipts.add(Votes.castOk(w, vote, 1, i, List.of(choice.get(i))));
            }
            Votes.cast(w, vote, 1, 2, List.of(w.unit(1))).then().statusCode(409).body("code", equalTo("VOTE_ALREADY_CAST"));
            Votes.step(w, vote, "CLOSED", "CLOSED");
            Votes.step(w, vote, "TALLIED", "TALLIED");
            Votes.step(w, vote, "CERTIFIED", "CERTIFIED");
            Votes.publish(w, vote, true).then().statusCode(200);
        } finally {
            root.removeHandler(capture);
            app.setLevel(appLevel);
        }
        String file = tail(from);

        // both sources saw the casting: one request line per ballot posted (seven)
        assertEquals(7, records.stream().filter(r -> r.message().contains(BALLOTS_LINE)).count(), records.toString());
        assertEquals(7, file.lines().filter(l -> l.contains(BALLOTS_LINE)).count(), file);
        List<Line> lines = new ArrayList<>(records);
        file.lines().map(BallotLogSecrecyApiTest::parse).forEach(lines::add);
        for (Line line : lines) {
            for (String receipt : receipts) {
                assertFalse(line.whole().contains(receipt), "a receipt in the log: " + line.whole());
            }
            assertFalse(line.whole().toLowerCase(Locale.ROOT).contains("choices"), "a ballot's choices in the log: " + line.whole());
            // the request line's status and duration are no unit ids
            String message = line.message().replaceAll(" \\d{3} \\d+\\.\\d{3}ms ", " ");
            for (int i = 0; i < 5; i++) {
                int chosen = w.units().indexOf(choice.get(i));
                String who = message + " " + line.user();
                boolean namesVoter = mentions(who, w.codes().get(i)) || mentions(who, w.officers().get(i))
                        || mentions(message, String.valueOf(w.unit(i)));
                boolean namesChoice = mentions(message, w.codes().get(chosen)) || mentions(message, w.officers().get(chosen))
                        || mentions(message, String.valueOf(choice.get(i)));
                assertFalse(namesVoter && namesChoice, "a line ties unit " + w.codes().get(i) + " to its choice: " + line.whole());
            }
        }
    }

    /** A log record: its formatted message (with any exception), the MDC's user, and everything it holds. */
    record Line(String message, String user, String whole) {
    }

    private static Line line(LogRecord r) {
        if (r instanceof ExtLogRecord ext) {
            String message = ext.getFormattedMessage() + (r.getThrown() == null ? "" : " " + r.getThrown());
            String user = ext.getMdc("user");
            return new Line(message, user == null ? "" : user, r.getLoggerName() + " " + message + " " + ext.getMdcCopy());
        }
        String message = new SimpleFormatter().formatMessage(r) + (r.getThrown() == null ? "" : " " + r.getThrown());
        return new Line(message, "", r.getLoggerName() + " " + message);
    }

    /** A line of the log file: one JSON object (the test profile's file format), or plain text. */
    private static Line parse(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            String message = json.path("message").asText("") + " " + json.path("exception").toString();
            return new Line(message, json.path("mdc").path("user").asText(""), text);
        } catch (Exception notJson) {
            return new Line(text, "", text);
        }
    }

    /** {@code token} in {@code line} as a whole word (case-insensitive), not inside a longer code or number. */
    private static boolean mentions(String line, String token) {
        return Pattern.compile("(?<![\\p{Alnum}.])" + Pattern.quote(token) + "(?![\\p{Alnum}])", Pattern.CASE_INSENSITIVE)
                .matcher(line).find();
    }

    /**
     * What the log file holds past {@code from} (written by now: the file handler flushes each record); when the file
     * rotated meanwhile, the rest of the rotated file and the whole new one.
     */
    private static String tail(long from) throws Exception {
        if (Files.size(LOG_FILE) < from) {
            return read(Path.of(LOG_FILE + ".1"), from) + read(LOG_FILE, 0);
        }
        return read(LOG_FILE, from);
    }

    private static String read(Path path, long from) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, f.length() - from)];
            f.seek(Math.min(from, f.length()));
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
