package vn.thidua.common.error;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A message in Vietnamese (the default) and English. Templates name their arguments {0}, {1}, …;
 * {@link #with} renders each argument in the template's language: a {@link Labelled} value by its
 * label, a {@link Text} in the same language, a date as users write it (15/02/2024 in Vietnamese).
 */
public record Text(String vi, String en) {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }

    public static Text of(String vi, String en) {
        return new Text(vi, en);
    }

    /** The same text in both languages (a name, a code). */
    public static Text same(String text) {
        return new Text(text, text);
    }

    /** This template with {0}, {1}, … replaced by the arguments, each rendered per language. */
    public Text with(Object... args) {
        return new Text(fill(vi, false, args), fill(en, true, args));
    }

    private static String fill(String template, boolean english, Object[] args) {
        String result = template;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", render(args[i], english));
        }
        return result;
    }

    private static String render(Object arg, boolean english) {
        if (arg instanceof Labelled labelled) {
            return render(labelled.label(), english);
        }
        if (arg instanceof Text text) {
            return english ? text.en : text.vi;
        }
        if (arg instanceof LocalDate date) {
            return english ? date.toString() : date.format(VI_DATE);
        }
        return arg == null ? "–" : arg.toString();
    }
}
