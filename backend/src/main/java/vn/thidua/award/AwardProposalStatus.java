package vn.thidua.award;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A dossier's lifecycle: DRAFT → SUBMITTED → APPRAISING → DECIDED; RETURNED (from SUBMITTED or APPRAISING) is editable and resubmitted. */
public enum AwardProposalStatus implements Labelled {
    DRAFT(Text.of("Dự thảo hồ sơ", "Draft")),
    SUBMITTED(Text.of("Đã trình Ban Thi đua - Khen thưởng", "Submitted")),
    APPRAISING(Text.of("Đang thẩm định", "Being appraised")),
    RETURNED(Text.of("Trả lại để bổ sung, hoàn thiện", "Returned for completion")),
    DECIDED(Text.of("Đã có quyết định khen thưởng", "Decided"));

    private final Text label;

    AwardProposalStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }

    /** The bloc may still change the dossier's items and reports. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
