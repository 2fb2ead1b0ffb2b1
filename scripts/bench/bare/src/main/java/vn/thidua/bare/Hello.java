package vn.thidua.bare;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One authenticated endpoint that answers from the database (the same question the backend's probe asks). */
@Path("/api/v1/units")
public class Hello {

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({ "admin", "officer", "viewer", "portal", "national" })
    @Produces(MediaType.APPLICATION_JSON)
    public String count() {
        return "{\"total\":" + em.createNativeQuery("select count(*) from unit").getSingleResult() + "}";
    }
}
