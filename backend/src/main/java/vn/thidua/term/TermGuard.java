package vn.thidua.term;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;

/** A CLOSED term is read-only; admins may correct it, giving a reason that the audit trail keeps. */
public final class TermGuard {

    private TermGuard() {
    }

    /** The correction reason to audit, or null for an ordinary write to an open term. */
    public static String correctionReasonFor(Term term, String correctionReason) {
        if (!term.isClosed()) {
            return null;
        }
        if (correctionReason == null || correctionReason.isBlank()) {
            throw DomainException.conflict("TERM_CLOSED_NEEDS_REASON", Text.of(
                    "Năm thi đua {0} của {1} đã kết thúc; chỉ sửa được kèm lý do đính chính (correctionReason).",
                    "The {0} term of {1} is closed; only a correction with correctionReason may change it.")
                    .with(term.year, term.bloc.name));
        }
        return correctionReason.trim();
    }

    /** 409 {@code TERM_CLOSED_READ_ONLY} for a closed term: its year's campaigns, covenant and schemes are read-only. */
    public static void requireOpen(Term term) {
        if (term.isClosed()) {
            throw DomainException.conflict("TERM_CLOSED_READ_ONLY", Text.of(
                    "Năm thi đua {0} của {1} đã kết thúc; dữ liệu của năm chỉ còn để xem.",
                    "The {0} term of {1} is closed; its year is read-only.").with(term.year, term.bloc.name));
        }
    }
}
