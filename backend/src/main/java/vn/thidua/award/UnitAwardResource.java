package vn.thidua.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.security.Roles;

@Path("/api/v1/units/{id}/awards")
@Tag(name = "awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitAwardResource {

    @Inject
    AwardHistory history;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listUnitAwards", summary = "Khen thưởng của đơn vị qua các năm, kể cả đơn vị tiền thân / a unit's awards, its predecessors' included",
            description = "Đã có quyết định; tên đơn vị như trong năm đó / decided only; each named as the unit was that year.")
    public Page<AwardData> unitAwards(@PathParam("id") Long unitId, @BeanParam PageRequest page) {
        return history.ofUnit(unitId, page);
    }
}
