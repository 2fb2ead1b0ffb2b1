package vn.thidua.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import vn.thidua.common.error.DomainException;
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
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw DomainException.invalid(name, Text.of("Giá trị phải là một trong: " + allowed,
                    "Must be one of: " + allowed));
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name, Text.of("Ngày phải có dạng YYYY-MM-DD", "Date must be YYYY-MM-DD"));
        }
    }

    public static Long id(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw DomainException.invalid(name, Text.of("Phải là số nguyên dương", "Must be a positive integer"));
    }

    public static Integer year(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1945 && value <= 2200) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw DomainException.invalid(name, Text.of("Năm phải từ 1945 đến 2200", "Year must be 1945..2200"));
    }
}
