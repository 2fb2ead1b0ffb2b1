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
            "bản quét biên bản đã ký", "signed minutes scan");

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
