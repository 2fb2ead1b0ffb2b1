package vn.thidua.covenant;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileKind;

/** The documents the members adopt with the covenant, each with its file kind. */
public enum CovenantDocumentKind implements Labelled {
    PLAN(Text.of("Kế hoạch", "Plan"), FileKind.COVENANT_PLAN),
    RULES(Text.of("Quy chế hoạt động", "Rules of operation"), FileKind.COVENANT_RULES),
    CRITERIA(Text.of("Tiêu chí chấm điểm thi đua", "Scoring criteria"), FileKind.COVENANT_CRITERIA);

    private final Text label;
    private final FileKind fileKind;

    CovenantDocumentKind(Text label, FileKind fileKind) {
        this.label = label;
        this.fileKind = fileKind;
    }

    @Override
    public Text label() {
        return label;
    }

    public FileKind fileKind() {
        return fileKind;
    }

    static FileKind[] fileKinds() {
        return java.util.Arrays.stream(values()).map(CovenantDocumentKind::fileKind).toArray(FileKind[]::new);
    }
}
