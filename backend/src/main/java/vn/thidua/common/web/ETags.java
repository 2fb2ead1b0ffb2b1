package vn.thidua.common.web;

import jakarta.ws.rs.core.EntityTag;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Text;

/** ETags are the entity's optimistic-lock version; writes must send the one they read. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header: 428 when absent, 412 when it cannot match. */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(ProblemKind.PRECONDITION_REQUIRED, "IF_MATCH_REQUIRED",
                    Text.of("Cần gửi If-Match với ETag của lần đọc gần nhất.",
                            "Send If-Match with the ETag of your last read."));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    public static void check(long current, long expected) {
        if (current != expected) {
            throw stale();
        }
    }

    public static DomainException stale() {
        return new DomainException(ProblemKind.PRECONDITION_FAILED, "STALE_ETAG",
                Text.of("Bản ghi đã được người khác cập nhật sau lần bạn đọc; hãy tải lại.",
                        "The record changed since you read it; reload it."));
    }
}
