package vn.thidua.common.i18n;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The caller's language from Accept-Language, read leniently: Vietnamese unless English is
 * preferred. Malformed entries ({@code en;q=foo}, {@code en-GB;q=1.5}, {@code ;;;q=abc}) are
 * skipped, never an error; only the first entries of an overlong header are read.
 */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final int MAX_ENTRIES = 32;
    private static final int MAX_LENGTH = 1024;
    private static final Pattern RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private Languages() {
    }

    /** {@link #VIETNAMESE} or {@link #ENGLISH}, whichever the header prefers (ties: the first listed). */
    public static Locale preferred(String header) {
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        String text = header.length() > MAX_LENGTH ? header.substring(0, MAX_LENGTH) : header;
        Locale best = null;
        double bestQ = 0;
        int entries = 0;
        for (String entry : text.split(",")) {
            if (++entries > MAX_ENTRIES) {
                break;
            }
            String[] parts = entry.split(";");
            String range = parts[0].trim();
            double q = quality(parts);
            if (q <= bestQ || !RANGE.matcher(range).matches()) {
                continue;
            }
            String language = range.split("-")[0].toLowerCase(Locale.ROOT);
            Locale locale = switch (language) {
                case "vi", "*" -> VIETNAMESE;
                case "en" -> ENGLISH;
                default -> null;
            };
            if (locale != null) {
                best = locale;
                bestQ = q;
            }
        }
        return best == null ? VIETNAMESE : best;
    }

    /** The entry's q (1 when absent), or -1 when its parameters are malformed. */
    private static double quality(String[] parts) {
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            int eq = param.indexOf('=');
            if (eq < 0) {
                return -1;
            }
            String name = param.substring(0, eq).trim();
            String value = param.substring(eq + 1).trim();
            if (!name.equalsIgnoreCase("q") || !QVALUE.matcher(value).matches()) {
                return -1;
            }
            q = Double.parseDouble(value.endsWith(".") ? value + "0" : value);
        }
        return q;
    }
}
