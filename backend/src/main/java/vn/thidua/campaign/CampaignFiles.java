package vn.thidua.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.files.FileOwner;

/** A campaign's launch documents are read by whoever may read the campaign. */
@ApplicationScoped
public class CampaignFiles implements FileOwner {

    @Inject
    CampaignService campaigns;

    @Override
    public String ownerType() {
        return Campaign.ENTITY;
    }

    @Override
    public void checkRead(long ownerId) {
        campaigns.find(ownerId);
    }
}
