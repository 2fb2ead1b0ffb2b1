package vn.thidua.conference;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** What an agenda item may be about, named by (kind, id); each kind is checked by the feature owning it ({@link AgendaLinkTarget}). */
public enum AgendaLinkKind implements Labelled {
    CAMPAIGN(Text.of("phong trào thi đua", "campaign")),
    COVENANT(Text.of("giao ước thi đua", "covenant")),
    SCHEME_ADOPTION(Text.of("thông qua tiêu chí chấm điểm", "scoring scheme adoption")),
    VOTE(Text.of("biểu quyết, bỏ phiếu", "vote"));

    private final Text label;

    AgendaLinkKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
