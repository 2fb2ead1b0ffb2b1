package vn.thidua.province;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.QueryParams;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

/** Read-only: provinces are reference data changed by migrations (docs/adr/0005). */
@Path(ProvinceResource.PATH)
@Tag(name = "provinces")
@Produces(MediaType.APPLICATION_JSON)
public class ProvinceResource {

    static final String PATH = "/api/v1/provinces";

    @Inject
    ProvinceService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listProvinces", summary = "Danh sách tỉnh, thành phố / list provinces",
            description = "q tìm theo mọi tên đã dùng, có hoặc không dấu (\"ha nam\" → \"Hà Nam\"), hoặc mã. Sort: code (mặc định), name, activeFrom.")
    public Page<ProvinceData> list(
            @QueryParam("q") @Parameter(description = "Tên hoặc mã, có/không dấu / name or code", example = "bac kan") String q,
            @QueryParam("code") @Parameter(description = "Mã đơn vị hành chính / administrative-division code", example = "06") String code,
            @QueryParam("activeOn") @Parameter(description = "Hoạt động vào ngày / active on", schema = @Schema(type = SchemaType.STRING, format = "date")) String activeOn,
            @BeanParam PageRequest page) {
        return service.list(q, code, QueryParams.date("activeOn", activeOn), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getProvince", summary = "Xem tỉnh, thành phố và lịch sử tên / read a province with its name history")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProvinceDetail.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }
}
