package vn.thidua.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.security.Roles;

@Path("/api/v1/me")
@Tag(name = "me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MeService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getCurrentUser", summary = "Tôi và đơn vị của tôi / the caller and their unit")
    public MeData get() {
        return service.me();
    }
}
