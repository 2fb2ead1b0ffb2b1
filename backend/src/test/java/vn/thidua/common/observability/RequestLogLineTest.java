package vn.thidua.common.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The request line's text, milliseconds with three decimals, as the printf format wrote it. */
class RequestLogLineTest {

    @Test
    void millisecondsKeepThreeDecimals() {
        assertEquals("GET /api/v1/terms/{id} 200 3.042ms user=viewer",
                RequestLog.line("GET", "/api/v1/terms/{id}", 200, 3_042, "viewer"));
        assertEquals("POST /api/v1/units 201 0.007ms user=-", RequestLog.line("POST", "/api/v1/units", 201, 7, "-"));
        assertEquals("GET (unmatched) 404 12.000ms user=-", RequestLog.line("GET", "(unmatched)", 404, 12_000, "-"));
        assertEquals(String.format("%s %s %d %d.%03dms user=%s", "PUT", "/x", 409, 1234, 560, "a"),
                RequestLog.line("PUT", "/x", 409, 1_234_560, "a"));
    }
}
