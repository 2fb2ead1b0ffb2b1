package vn.thidua.common.error;

import java.util.List;

/** A failure the caller can act on; mapped to problem+json by {@link DomainProblemMapper}. */
public class DomainException extends RuntimeException {

    private final ProblemKind kind;
    private final Text detail;
    private final List<FieldText> errors;

    public DomainException(ProblemKind kind, Text detail, List<FieldText> errors) {
        super(detail.en());
        this.kind = kind;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public DomainException(ProblemKind kind, Text detail) {
        this(kind, detail, List.of());
    }

    /** A field error before it is rendered in the caller's language. */
    public record FieldText(String field, Text message) {
    }

    public ProblemKind kind() {
        return kind;
    }

    public Text detail() {
        return detail;
    }

    public List<FieldText> errors() {
        return errors;
    }

    /** {@code what} names the thing in both languages: "đơn vị / unit". */
    public static DomainException notFound(String what, Object id) {
        String[] names = what.split(" / ", 2);
        String en = names.length > 1 ? names[1] : names[0];
        return new DomainException(ProblemKind.NOT_FOUND,
                Text.of("Không tìm thấy " + names[0] + " có mã " + id, "No " + en + " with id " + id));
    }

    public static DomainException conflict(Text detail) {
        return new DomainException(ProblemKind.CONFLICT, detail);
    }

    public static DomainException rule(Text detail, String field) {
        return new DomainException(ProblemKind.RULE_VIOLATION, detail, List.of(new FieldText(field, detail)));
    }

    public static DomainException invalid(String field, Text message) {
        return new DomainException(ProblemKind.VALIDATION, message, List.of(new FieldText(field, message)));
    }

    public static DomainException forbidden(Text detail) {
        return new DomainException(ProblemKind.FORBIDDEN, detail);
    }
}
