package vn.thidua.common.web;

import java.util.List;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;

/**
 * Single-valued form fields, read as lists so that a field sent twice is refused (400 DUPLICATE_FIELD,
 * like a duplicate JSON key) instead of the first value being taken silently.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The field's only value, or null when it is absent. */
    public static <T> T single(String name, List<T> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw DomainException.invalid("DUPLICATE_FIELD", name,
                    Text.of("Trường {0} được gửi nhiều lần", "Field {0} is sent more than once").with(name));
        }
        return values.get(0);
    }

    /**
     * An optional id field (e.g. {@code supersedes}): absent is null, but a field sent empty or with
     * anything but a positive integer is 400 INVALID_ID, never read as "absent".
     */
    public static void requireIdIfPresent(String name, List<String> values) {
        String value = single(name, values);
        if (value != null && !value.matches("[1-9][0-9]{0,17}")) {
            throw DomainException.invalid("INVALID_ID", name, Text.of("Phải là số nguyên dương", "Must be a positive integer"));
        }
    }
}
