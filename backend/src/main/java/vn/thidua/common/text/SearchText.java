package vn.thidua.common.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text for search, in the database's {@code name_search} columns and in queries
 * (docs/adr/0003, 0008). {@link #fold}: "Sở Xây dựng" → "so xay dung". {@link #index} and
 * {@link #matchPattern}: folded, the usual abbreviations written out ({@link Abbreviations}),
 * punctuation dropped, so "NN&PTNT", "nnptnt" and "Nông nghiệp và Phát triển nông thôn" meet.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The width of the name_search columns (an indexable VARCHAR in utf8mb4). */
    public static final int INDEX_LENGTH = 760;

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

    /** What a name_search column holds for a name and its short name: both as {@link #index(String)}. */
    public static String index(String name, String shortName) {
        String indexed = index(name) + (shortName == null || shortName.isBlank() ? "" : " | " + index(shortName));
        return indexed.length() <= INDEX_LENGTH ? indexed : indexed.substring(0, INDEX_LENGTH);
    }

    /**
     * A name for the search column: its words with abbreviations written out, then " | " and the compact
     * abbreviations of the phrases it contains ("ban quan ly cac khu cong nghiep | bql kcn").
     */
    public static String index(String text) {
        String words = words(Abbreviations.expand(searchFold(text)));
        List<String> acronyms = Abbreviations.acronymsIn(words);
        return acronyms.isEmpty() ? words : words + " | " + String.join(" ", acronyms);
    }

    /**
     * A LIKE pattern for a query against {@link #index}: the same words, abbreviations written out. A query of
     * marks only ("%", "&") has no words: it is then searched literally, so it never widens to every row.
     */
    public static String matchPattern(String query) {
        String words = words(Abbreviations.expand(searchFold(query)));
        return words.isEmpty() ? containsPattern(query) : "%" + escapeLike(words) + "%";
    }

    /** Folded text as bare words: "&" joins ("nn&p" → "nnp", so a half-typed abbreviation still matches), other marks part. */
    static String words(String folded) {
        return SPACES.matcher(NON_WORD.matcher(folded.replace("&", "")).replaceAll(" ").trim()).replaceAll(" ");
    }

    /** {@link #fold} with every dash as "-" ("Kinh tế – Kỹ thuật", "KT–KT"), as the abbreviations are written. */
    static String searchFold(String text) {
        return DASHES.matcher(fold(text)).replaceAll("-");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
