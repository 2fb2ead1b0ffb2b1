package vn.thidua.covenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.files.FileOwner;

/** The covenant's adopted documents are read by whoever may read the covenant. */
@ApplicationScoped
public class CovenantFiles implements FileOwner {

    @Inject
    CovenantService covenants;

    @Override
    public String ownerType() {
        return Covenant.ENTITY;
    }

    @Override
    public void checkRead(long ownerId) {
        covenants.find(ownerId);
    }
}
