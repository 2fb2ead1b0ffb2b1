package vn.thidua.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignRef", description = "Phong trào được dẫn chiếu / a campaign referred to")
public record CampaignRef(
        @Schema(required = true, examples = "3") Long id,
        @Schema(required = true, examples = "Phong trào thi đua “Đổi mới, sáng tạo”") String title,
        @Schema(required = true, examples = "THEMATIC") CampaignKind kind,
        @Schema(required = true, examples = "LAUNCHED") CampaignStatus status) {

    public static CampaignRef of(Campaign campaign) {
        return new CampaignRef(campaign.id, campaign.title, campaign.kind, campaign.status);
    }
}
