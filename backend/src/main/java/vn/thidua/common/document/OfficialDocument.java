package vn.thidua.common.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document in the layout of Nghị định 30/2020/NĐ-CP: the issuing body under its
 * governing authority, Quốc hiệu and Tiêu ngữ, the number and the place-and-date line, the kind and
 * summary (trích yếu), the body (paragraphs, then an optional table, then optional numbered
 * sections each with its own heading, paragraphs and table, as minutes and reports have), signature
 * blocks and the recipients (nơi nhận). Without recipients the signature blocks stand side by side
 * (minutes: the secretary's and the chair's). Text is plain: the template escapes it.
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
        List<String> recipients,
        List<Section> sections) {

    public OfficialDocument {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        paragraphs = List.copyOf(paragraphs);
        signatures = List.copyOf(signatures);
        recipients = List.copyOf(recipients);
        sections = List.copyOf(sections);
    }

    /** A document without sections (a list, a letter). */
    public OfficialDocument(String authority, String issuer, String number, String place, LocalDate date, String kind,
            String summary, List<String> paragraphs, Table table, List<Signature> signatures, List<String> recipients) {
        this(authority, issuer, number, place, date, kind, summary, paragraphs, table, signatures, recipients, List.of());
    }

    /** A part of the body under its own heading ("I. THÀNH PHẦN THAM DỰ"; null: none), with paragraphs and an optional table. */
    public record Section(String heading, List<String> paragraphs, Table table) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** The body in order: the opening paragraphs and table, then each section. */
    public List<Section> blocks() {
        List<Section> blocks = new java.util.ArrayList<>();
        blocks.add(new Section(null, paragraphs, table));
        blocks.addAll(sections);
        return blocks;
    }

    /** The share of the line each signature block takes when they stand side by side (no recipients). */
    public int signatureWidthPercent() {
        return signatures.isEmpty() ? 100 : 100 / signatures.size();
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
