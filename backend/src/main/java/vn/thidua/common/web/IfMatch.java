package vn.thidua.common.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Text;

/**
 * An If-Match header read per RFC 9110 §13.1.1: {@code *} or a comma list of entity-tags
 * ({@code "abc"}, {@code W/"abc"}). Absent → 428. Not of that grammar ({@code 0}, {@code abc},
 * {@code "unterminated}) → 400, since a condition that cannot be read cannot be evaluated. Well
 * formed but matching nothing by strong comparison (weak tags never match, nor {@code "00"} or
 * {@code "+0"}) → 412.
 */
public final class IfMatch {

    private static final int MAX_TAGS = 50;

    private final boolean any;
    private final List<String> strongTags;

    private IfMatch(boolean any, List<String> strongTags) {
        this.any = any;
        this.strongTags = strongTags;
    }

    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            throw new DomainException(ProblemKind.PRECONDITION_REQUIRED, "IF_MATCH_REQUIRED",
                    Text.of("Cần gửi If-Match với ETag của lần đọc gần nhất.",
                            "Send If-Match with the ETag of your last read."));
        }
        String value = header.trim();
        if (value.equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<String> strong = new ArrayList<>();
        int i = 0;
        int count = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = value.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= value.length() || value.charAt(open) != '"') {
                throw invalid();
            }
            int close = open + 1;
            while (close < value.length() && value.charAt(close) != '"') {
                char t = value.charAt(close);
                if (t < 0x21 || t == 0x7F) {
                    throw invalid();
                }
                close++;
            }
            if (close >= value.length() || ++count > MAX_TAGS) {
                throw invalid();
            }
            if (!weak) {
                strong.add(value.substring(open + 1, close));
            }
            i = close + 1;
            while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            if (i < value.length() && value.charAt(i) != ',') {
                throw invalid();
            }
        }
        if (count == 0) {
            throw invalid();
        }
        return new IfMatch(false, List.copyOf(strong));
    }

    /** 412 unless the header is {@code *} or lists {@code current} as a strong tag. */
    public void require(EntityTag current) {
        if (!matches(current)) {
            throw stale();
        }
    }

    public boolean matches(EntityTag current) {
        return any || (!current.isWeak() && strongTags.contains(current.getValue()));
    }

    public static DomainException stale() {
        return new DomainException(ProblemKind.PRECONDITION_FAILED, "STALE_ETAG",
                Text.of("Bản ghi đã được người khác cập nhật sau lần bạn đọc; hãy tải lại.",
                        "The record changed since you read it; reload it."));
    }

    private static DomainException invalid() {
        return new DomainException(ProblemKind.BAD_REQUEST, "INVALID_IF_MATCH", Text.of(
                "If-Match phải là * hoặc danh sách ETag trong ngoặc kép, ví dụ \"kT3…\" (RFC 9110).",
                "If-Match must be * or a list of quoted ETags such as \"kT3…\" (RFC 9110)."),
                List.of(new DomainException.FieldText("If-Match", "INVALID_IF_MATCH",
                        Text.of("không đúng cú pháp RFC 9110", "is not RFC 9110 syntax"))));
    }
}
