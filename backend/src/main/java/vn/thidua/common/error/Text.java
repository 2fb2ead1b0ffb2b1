package vn.thidua.common.error;

import java.util.Locale;

/** A message in Vietnamese (the default) and English. */
public record Text(String vi, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }

    public static Text of(String vi, String en) {
        return new Text(vi, en);
    }
}
