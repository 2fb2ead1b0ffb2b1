package vn.thidua.common.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Uploaded names made safe to keep and to send back (RFC 6266 Content-Disposition). */
public final class FileNames {

    private static final int MAX_CODE_POINTS = 200;
    private static final String FALLBACK = "tep-tin";

    private FileNames() {
    }

    /**
     * The last path segment, NFC, without control, format (bidi overrides…) or unpaired surrogate
     * characters, spaces collapsed, no leading dots, at most 200 characters.
     */
    public static String sanitise(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
        }).forEach(kept::appendCodePoint);
        name = Normalizer.normalize(kept, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim().replaceFirst("^\\.+", "");
        if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_CODE_POINTS));
        }
        return name.isBlank() ? FALLBACK : name;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 / 8187). */
    public static String attachment(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
