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
}
