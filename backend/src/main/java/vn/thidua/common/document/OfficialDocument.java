package vn.thidua.common.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document in the layout of Nghị định 30/2020/NĐ-CP: the issuing body under its
 * governing authority, Quốc hiệu and Tiêu ngữ, the number and the place-and-date line, the kind and
 * summary (trích yếu), the body (paragraphs, then an optional table), signature blocks and the
 * recipients (nơi nhận). Text is plain: the template escapes it.
 */
public record OfficialDocument(
        String authority,
        String issuer,
        String number,
        String place,
        LocalDate date,
        String kind,
        String summary,
        List<String> paragraphs,
        Table table,
        List<Signature> signatures,
        List<String> recipients) {

    public OfficialDocument {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        paragraphs = List.copyOf(paragraphs);
        signatures = List.copyOf(signatures);
        recipients = List.copyOf(recipients);
    }

    /** A table with a header row; every row has one cell per column. */
    public record Table(List<Column> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + columns.size() + " columns");
                }
            }
        }
    }

    /** A column's header and its share of the line (percent; 0 lets the layout decide). */
    public record Column(String header, int widthPercent) {
    }

    /**
     * A signature block: the capacity in which one signs for a body ("TM. KHỐI THI ĐUA", may be
     * empty), the signer's title ("TRƯỞNG KHỐI") and who signs (a person's or a unit's name).
     */
    public record Signature(String capacity, String title, String signer) {
    }

    /** "ngày 05 tháng 02 năm 2026": days below 10 and the months 1 and 2 take a leading zero (NĐ 30/2020). */
    public String dateLine() {
        int month = date.getMonthValue();
        return String.format("%s, ngày %02d tháng %s năm %d", place, date.getDayOfMonth(),
                month <= 2 ? String.format("%02d", month) : String.valueOf(month), date.getYear());
    }
}
