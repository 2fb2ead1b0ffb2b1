package vn.thidua.common.error;

/** One invalid field of a request: {@code field} is the JSON path, e.g. {@code decision.number}. */
public record FieldError(String field, String message) {
}
