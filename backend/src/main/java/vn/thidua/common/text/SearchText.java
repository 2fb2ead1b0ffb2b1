package vn.thidua.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Vietnamese text for diacritic-free search: "Sở Xây dựng" → "so xay dung". */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String replaced = text.replace('Đ', 'D').replace('đ', 'd');
        String stripped = MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** A LIKE pattern matching the folded query anywhere, with LIKE's wildcards escaped. */
    public static String containsPattern(String query) {
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
