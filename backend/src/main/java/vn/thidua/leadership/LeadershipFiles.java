package vn.thidua.leadership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.files.FileOwner;

/** A designation's decision scans are read by whoever may read the result. */
@ApplicationScoped
public class LeadershipFiles implements FileOwner {

    @Inject
    LeadershipService results;

    @Override
    public String ownerType() {
        return LeadershipResult.ENTITY;
    }

    @Override
    public void checkRead(long ownerId) {
        results.load(ownerId);
    }
}
