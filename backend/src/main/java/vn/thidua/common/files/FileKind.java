package vn.thidua.common.files;

import java.util.Set;

/**
 * What a file is for, with its limits: the largest size and the media types accepted, checked on
 * the content (magic bytes), never on the name. Files of an official act are never replaced,
 * only superseded (both kept).
 */
public enum FileKind {
    /** The signed scan of a decision (quyết định thành lập / kiện toàn khối, …). */
    DECISION_SCAN(20L * 1024 * 1024, Set.of("application/pdf", "image/png", "image/jpeg"), true,
            "bản quét quyết định", "decision scan"),
    /** The signed scan of a conference's minutes (biên bản hội nghị đã ký). */
    MINUTES_SCAN(20L * 1024 * 1024, Set.of("application/pdf", "image/png", "image/jpeg"), true,
            "bản quét biên bản đã ký", "signed minutes scan"),
    /** The campaign's launch document (văn bản phát động phong trào thi đua), signed and scanned. */
    CAMPAIGN_LAUNCH_DOCUMENT(20L * 1024 * 1024, Set.of("application/pdf", "image/png", "image/jpeg"), true,
            "văn bản phát động", "launch document"),
    /** The bloc's plan for the year (kế hoạch) the members adopted with the covenant. */
    COVENANT_PLAN(20L * 1024 * 1024, Set.of("application/pdf"), true, "kế hoạch của khối", "bloc plan"),
    /** The bloc's rules of operation (quy chế hoạt động) adopted with the covenant. */
    COVENANT_RULES(20L * 1024 * 1024, Set.of("application/pdf"), true, "quy chế hoạt động", "bloc rules"),
    /** The scoring criteria (tiêu chí chấm điểm thi đua) adopted with the covenant. */
    COVENANT_CRITERIA(20L * 1024 * 1024, Set.of("application/pdf"), true, "tiêu chí chấm điểm", "scoring criteria"),
    /** A member's signed covenant page (bản giao ước có chữ ký), scanned. */
    COVENANT_SIGNED_SCAN(10L * 1024 * 1024, Set.of("application/pdf", "image/png", "image/jpeg"), true,
            "bản giao ước đã ký", "signed covenant scan"),
    /** A proposed unit's achievement report (báo cáo thành tích) in an award dossier, signed and scanned; a new one supersedes it. */
    ACHIEVEMENT_REPORT(20L * 1024 * 1024, Set.of("application/pdf", "image/png", "image/jpeg"), true,
            "báo cáo thành tích", "achievement report"),
    /** Evidence a unit attaches to one criterion of its scoring sheet (minh chứng). */
    SCORE_EVIDENCE(20L * 1024 * 1024, Set.of("application/pdf", "image/png", "image/jpeg"), false, "minh chứng", "evidence");

    private final long maxBytes;
    private final Set<String> mediaTypes;
    private final boolean officialAct;
    private final String vi;
    private final String en;

    FileKind(long maxBytes, Set<String> mediaTypes, boolean officialAct, String vi, String en) {
        this.maxBytes = maxBytes;
        this.mediaTypes = mediaTypes;
        this.officialAct = officialAct;
        this.vi = vi;
        this.en = en;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    public boolean officialAct() {
        return officialAct;
    }

    String vi() {
        return vi;
    }

    String en() {
        return en;
    }
}
