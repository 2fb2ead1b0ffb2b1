package vn.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/** DRAFT → LAUNCHED (needs its launch document, dated no later than today) → CLOSED. */
@ApplicationScoped
public class CampaignLifecycle {

    @Inject
    Clock clock;

    private Lifecycle<Campaign, CampaignStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<Campaign, CampaignStatus>of("CAMPAIGN", CampaignStatus.class)
                .step(CampaignStatus.DRAFT, CampaignStatus.LAUNCHED, this::requireLaunchDocument, this::requireLinkLaunched)
                .step(CampaignStatus.LAUNCHED, CampaignStatus.CLOSED)
                .build();
    }

    public Lifecycle<Campaign, CampaignStatus> of() {
        return lifecycle;
    }

    private void requireLaunchDocument(Campaign campaign) {
        if (campaign.launchDecision == null || campaign.launchDecision.number == null) {
            throw DomainException.rule("CAMPAIGN_NEEDS_LAUNCH_DOCUMENT", Text.of(
                    "Cần ghi số, ngày văn bản phát động trước khi chuyển sang “{0}”.",
                    "A campaign needs its launch document (number and date) before it becomes “{0}”.")
                    .with(CampaignStatus.LAUNCHED), "launchDecision");
        }
        if (campaign.launchDecision.date.isAfter(LocalDate.now(clock))) {
            throw DomainException.rule("CAMPAIGN_LAUNCH_DATE_IN_FUTURE", Text.of(
                    "Văn bản phát động đề ngày {0}, sau hôm nay; chỉ phát động được từ ngày của văn bản.",
                    "The launch document is dated {0}, after today; a campaign launches on its document's date.")
                    .with(campaign.launchDecision.date), "launchDecision.date");
        }
    }

    private void requireLinkLaunched(Campaign campaign) {
        if (campaign.respondsTo != null && campaign.respondsTo.status == CampaignStatus.DRAFT) {
            throw DomainException.rule("CAMPAIGN_RESPONDS_TO_DRAFT", Text.of(
                    "Phong trào “{0}” được hưởng ứng còn là dự thảo.", "The campaign responded to, “{0}”, is still a draft.")
                    .with(campaign.respondsTo.title), "respondsToCampaignId");
        }
    }
}
