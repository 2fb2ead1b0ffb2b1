package vn.thidua.common.error;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A failure the caller can act on; mapped to problem+json by {@link DomainProblemMapper}. Every one
 * carries a stable {@code code} (UPPER_SNAKE, e.g. {@code UNIT_CODE_TAKEN}) that clients may react
 * to without reading the text; codes are part of the contract and never change once published.
 */
public class DomainException extends RuntimeException {

    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private final ProblemKind kind;
    private final String code;
    private final Text detail;
    private final List<FieldText> errors;
    private final List<ProblemRelated.Pending> related;

    public DomainException(ProblemKind kind, String code, Text detail, List<FieldText> errors) {
        this(kind, code, detail, errors, List.of());
    }

    private DomainException(ProblemKind kind, String code, Text detail, List<FieldText> errors,
            List<ProblemRelated.Pending> related) {
        super(code + ": " + detail.en());
        this.kind = kind;
        this.code = requireCode(code);
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.related = List.copyOf(related);
    }

    /** The same problem naming the records it is about (the problem's {@code related} member). */
    public DomainException withRelated(List<ProblemRelated.Pending> records) {
        return new DomainException(kind, code, detail, errors, records);
    }

    public List<ProblemRelated.Pending> related() {
        return related;
    }

    public DomainException(ProblemKind kind, String code, Text detail) {
        this(kind, code, detail, List.of());
    }

    /** A field error before it is rendered in the caller's language. */
    public record FieldText(String field, String code, Text message) {
        public FieldText {
            requireCode(code);
        }
    }

    public ProblemKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Text detail() {
        return detail;
    }

    public List<FieldText> errors() {
        return errors;
    }

    /** 404; {@code what} names the thing as users do ("đơn vị" / "unit"); no internal id is shown. */
    public static DomainException notFound(String code, Text what) {
        return new DomainException(ProblemKind.NOT_FOUND, code,
                Text.of("Không tìm thấy {0} được yêu cầu.", "The requested {0} does not exist.").with(what));
    }

    /** 409: the request clashes with the current state. */
    public static DomainException conflict(String code, Text detail) {
        return new DomainException(ProblemKind.CONFLICT, code, detail);
    }

    /** 422: a business rule refuses the request; {@code field} is the input that breaks it. */
    public static DomainException rule(String code, Text detail, String field) {
        return new DomainException(ProblemKind.RULE_VIOLATION, code, detail,
                List.of(new FieldText(field, code, detail)));
    }

    /** 400: one field's value is invalid. */
    public static DomainException invalid(String code, String field, Text message) {
        return new DomainException(ProblemKind.VALIDATION, code, message, List.of(new FieldText(field, code, message)));
    }

    /** 403: the caller may not do this. */
    public static DomainException forbidden(String code, Text detail) {
        return new DomainException(ProblemKind.FORBIDDEN, code, detail);
    }

    static String requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Problem codes are UPPER_SNAKE: " + code);
        }
        return code;
    }
}
