package vn.thidua.covenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.files.FileOwner;

/** A signed scan is read by whoever may read the covenant it signs. */
@ApplicationScoped
public class CovenantSignatureFiles implements FileOwner {

    @Inject
    CovenantService covenants;

    @Override
    public String ownerType() {
        return CovenantSignature.ENTITY;
    }

    @Override
    public void checkRead(long ownerId) {
        covenants.findSignature(ownerId);
    }
}
