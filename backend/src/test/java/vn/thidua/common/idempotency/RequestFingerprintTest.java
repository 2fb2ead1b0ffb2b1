package vn.thidua.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** What counts as "the same request" for an Idempotency-Key. */
class RequestFingerprintTest {

    private static final String JSON = "application/json";

    @Test
    void everyPartOfTheRequestCounts() {
        byte[] base = RequestFingerprint.of("POST", "/api/v1/units", JSON, bytes("{\"a\":1}"));
        assertArrayEquals(base, RequestFingerprint.of("POST", "/api/v1/units", JSON, bytes("{\"a\":1}")));
        assertDiffers(base, RequestFingerprint.of("PUT", "/api/v1/units", JSON, bytes("{\"a\":1}")));
        assertDiffers(base, RequestFingerprint.of("POST", "/api/v1/blocs", JSON, bytes("{\"a\":1}")));
        assertDiffers(base, RequestFingerprint.of("POST", "/api/v1/units?x=1", JSON, bytes("{\"a\":1}")));
        assertDiffers(base, RequestFingerprint.of("POST", "/api/v1/units", "text/plain", bytes("{\"a\":1}")));
        assertDiffers(base, RequestFingerprint.of("POST", "/api/v1/units", JSON, bytes("{\"a\":2}")));
        assertDiffers(base, RequestFingerprint.of("POST", "/api/v1/units", JSON, bytes("{\"a\":1} ")));
        // Fields are delimited: moving text from the path into the type is another request.
        assertDiffers(RequestFingerprint.of("POST", "/ab", "c", new byte[0]),
                RequestFingerprint.of("POST", "/a", "bc", new byte[0]));
    }

    @Test
    void aMultipartBoundaryDoesNotCount() {
        byte[] one = RequestFingerprint.of("POST", "/f", "multipart/form-data; boundary=AAA", form("AAA", "x"));
        byte[] two = RequestFingerprint.of("POST", "/f", "multipart/form-data; boundary=\"BBBB\"", form("BBBB", "x"));
        assertArrayEquals(one, two);
        assertDiffers(one, RequestFingerprint.of("POST", "/f", "multipart/form-data; boundary=AAA", form("AAA", "y")));
    }

    private static byte[] form(String boundary, String value) {
        return bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + value + "\r\n--"
                + boundary + "--\r\n");
    }

    private static void assertDiffers(byte[] a, byte[] b) {
        assertFalse(Arrays.equals(a, b));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
