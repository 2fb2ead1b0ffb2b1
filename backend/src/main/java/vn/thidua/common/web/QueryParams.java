package vn.thidua.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** Parses optional filter parameters taken as text, so bad values are 400 problems. */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("INVALID_ENUM_VALUE", name,
                    Text.of("Giá trị phải là một trong: {0}", "Must be one of: {0}").with(allowed(type)));
        }
    }

    /** "PLANNING (Đang lập kế hoạch), ACTIVE (Đang thi đua)": the API values with what users call them. */
    static <E extends Enum<E>> Text allowed(Class<E> type) {
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            String sep = vi.isEmpty() ? "" : ", ";
            Text label = value instanceof Labelled labelled ? labelled.label() : Text.same(value.name());
            vi.append(sep).append(value.name()).append(" (").append(label.vi()).append(')');
            en.append(sep).append(value.name()).append(" (").append(label.en()).append(')');
        }
        return Text.of(vi.toString(), en.toString());
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("INVALID_DATE", name,
                    Text.of("Ngày phải có dạng YYYY-MM-DD", "Date must be YYYY-MM-DD"));
        }
    }

    public static Long id(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(AsciiIds.check(raw.trim()));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw DomainException.invalid("INVALID_ID", name, Text.of("Phải là số nguyên dương", "Must be a positive integer"));
    }

    public static Integer year(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(AsciiIds.check(raw.trim()));
            if (value >= 1945 && value <= 2200) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw DomainException.invalid("INVALID_YEAR", name, Text.of("Năm phải từ 1945 đến 2200", "Year must be 1945..2200"));
    }
}
