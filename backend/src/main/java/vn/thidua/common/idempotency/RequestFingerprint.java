package vn.thidua.common.idempotency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two requests "the same" for an Idempotency-Key: SHA-256 over the method, the raw path
 * with its query, the Content-Type and the body bytes. A multipart body is hashed without its
 * boundary (in the Content-Type and in the body), since a client that rebuilds the same form for a
 * retry picks a new random boundary; everything else is compared byte for byte.
 */
public final class RequestFingerprint {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]*)\"|[^;\\s]*)");

    private RequestFingerprint() {
    }

    public static byte[] of(String method, String pathAndQuery, String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType;
        byte[] content = body == null ? new byte[0] : body;
        if (type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            Matcher m = BOUNDARY.matcher(type);
            if (m.find()) {
                String boundary = m.group(2) != null ? m.group(2) : m.group(1);
                type = type.substring(0, m.start()) + type.substring(m.end());
                if (!boundary.isEmpty()) {
                    content = withoutBoundary(content, ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(field(method));
            digest.update(field(pathAndQuery));
            digest.update(field(type));
            digest.update(content);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A length-prefixed field, so that no two different splits of the same text hash alike. */
    private static byte[] field(String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length + 4];
        out[0] = (byte) (bytes.length >>> 24);
        out[1] = (byte) (bytes.length >>> 16);
        out[2] = (byte) (bytes.length >>> 8);
        out[3] = (byte) bytes.length;
        System.arraycopy(bytes, 0, out, 4, bytes.length);
        return out;
    }

    /** {@code body} with every occurrence of {@code delimiter} replaced by "--". */
    static byte[] withoutBoundary(byte[] body, byte[] delimiter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int i = 0;
        outer:
        while (i < body.length) {
            if (i + delimiter.length <= body.length && body[i] == delimiter[0]) {
                for (int j = 1; j < delimiter.length; j++) {
                    if (body[i + j] != delimiter[j]) {
                        out.write(body[i++]);
                        continue outer;
                    }
                }
                out.write('-');
                out.write('-');
                i += delimiter.length;
                continue;
            }
            out.write(body[i++]);
        }
        return out.toByteArray();
    }
}
