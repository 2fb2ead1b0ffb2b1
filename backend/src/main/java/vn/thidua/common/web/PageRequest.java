package vn.thidua.common.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.panache.common.Sort;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Text;

/**
 * {@code page} (0-based), {@code size} (1..100, default 20) and {@code sort} ("name", "-year").
 * Taken as text and parsed here so that "abc" or "-1" is a 400 problem, not a 404.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @Parameter(description = "Trang, bắt đầu từ 0 / 0-based page", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Số dòng mỗi trang / page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    @QueryParam("sort")
    @Parameter(description = "Trường sắp xếp, '-' để giảm dần / sort field, '-' for descending", example = "name")
    String sort;

    /** At most the page whose first row's offset (page × size) still fits the database's int offset. */
    public int page() {
        return parse("page", page, 0, 0, Integer.MAX_VALUE / size());
    }

    public int size() {
        return parse("size", size, 20, 1, MAX_SIZE);
    }

    /** The requested sort among {@code allowed} (API name → column), else {@code fallback}. */
    public Sort sort(java.util.Map<String, String> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        String column = allowed.get(key);
        if (column == null) {
            String keys = String.join(", ", new TreeSet<>(allowed.keySet()));
            throw DomainException.invalid("INVALID_SORT", "sort",
                    Text.of("Chỉ sắp xếp được theo: {0}", "Sort by one of: {0}").with(keys));
        }
        Sort result = descending ? Sort.descending(column) : Sort.ascending(column);
        int dot = column.indexOf('.');
        return result.and(dot < 0 ? "id" : column.substring(0, dot + 1) + "id");
    }

    /** For lists with a fixed order per key: the requested key among {@code allowed}, or null. */
    public String sortKey(Set<String> allowed) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        String key = sort.startsWith("-") ? sort.substring(1) : sort;
        if (!allowed.contains(key)) {
            throw DomainException.invalid("INVALID_SORT", "sort", Text.of("Chỉ sắp xếp được theo: {0}",
                    "Sort by one of: {0}").with(String.join(", ", new TreeSet<>(allowed))));
        }
        return key;
    }

    private static int parse(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(AsciiIds.check(raw.trim()));
            if (value < min || value > max) {
                throw outOfRange(name, min, max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw outOfRange(name, min, max);
        }
    }

    private static DomainException outOfRange(String name, int min, int max) {
        String range = max == Integer.MAX_VALUE ? "≥ " + min : min + ".." + max;
        return new DomainException(ProblemKind.VALIDATION, "INVALID_PAGING",
                Text.of("Tham số {0} phải là số nguyên {1}", "{0} must be an integer {1}").with(name, range),
                List.of(new DomainException.FieldText(name, "INVALID_PAGING",
                        Text.of("Phải là số nguyên {0}", "Must be an integer {0}").with(range))));
    }
}
