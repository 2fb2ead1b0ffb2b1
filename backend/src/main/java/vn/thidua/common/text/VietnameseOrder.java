package vn.thidua.common.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in Vietnamese alphabetical order (a, ă, â, … đ after d; tones after the letter), as the database's
 * utf8mb4_uca1400_vietnamese collation sorts them, for lists put in order in memory. One collator for the
 * application: {@link Collator#compare} is synchronised, so it is shared safely.
 */
public final class VietnameseOrder {

    /** Compares names the Vietnamese way. */
    public static final Comparator<Object> NAMES = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private VietnameseOrder() {
    }
}
