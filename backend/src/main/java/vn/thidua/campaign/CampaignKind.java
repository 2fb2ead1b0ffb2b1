package vn.thidua.campaign;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** What a campaign is: the year's regular one, a thematic one, a special period (with its end), or a response. */
public enum CampaignKind implements Labelled {
    YEARLY(Text.of("Phong trào thi đua thường xuyên (năm)", "Yearly campaign")),
    THEMATIC(Text.of("Phong trào thi đua theo chuyên đề", "Thematic campaign")),
    SPECIAL_PERIOD(Text.of("Đợt thi đua đặc biệt", "Special period")),
    RESPONSE(Text.of("Hưởng ứng phong trào cấp trên", "Response to a higher campaign"));

    private final Text label;

    CampaignKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
