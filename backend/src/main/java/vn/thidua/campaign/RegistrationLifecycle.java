package vn.thidua.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/** DRAFT → SUBMITTED → ACCEPTED | RETURNED (reason) → SUBMITTED again; every step while the campaign is launched. */
@ApplicationScoped
public class RegistrationLifecycle {

    private Lifecycle<Registration, RegistrationStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<Registration, RegistrationStatus>of("REGISTRATION", RegistrationStatus.class)
                .step(RegistrationStatus.DRAFT, RegistrationStatus.SUBMITTED, RegistrationLifecycle::requireLaunched)
                .step(RegistrationStatus.SUBMITTED, RegistrationStatus.ACCEPTED, RegistrationLifecycle::requireLaunched)
                .stepWithReason(RegistrationStatus.SUBMITTED, RegistrationStatus.RETURNED, RegistrationLifecycle::requireLaunched)
                .step(RegistrationStatus.RETURNED, RegistrationStatus.SUBMITTED, RegistrationLifecycle::requireLaunched)
                .build();
    }

    public Lifecycle<Registration, RegistrationStatus> of() {
        return lifecycle;
    }

    static void requireLaunched(Registration registration) {
        Campaign campaign = registration.campaign;
        if (campaign.status != CampaignStatus.LAUNCHED) {
            throw DomainException.conflict("REGISTRATION_CAMPAIGN_NOT_OPEN", Text.of(
                    "Phong trào “{0}” đang ở bước “{1}”; chỉ đăng ký khi phong trào “{2}”.",
                    "“{0}” is “{1}”; registrations are made while a campaign is “{2}”.")
                    .with(campaign.title, campaign.status, CampaignStatus.LAUNCHED));
        }
    }
}
