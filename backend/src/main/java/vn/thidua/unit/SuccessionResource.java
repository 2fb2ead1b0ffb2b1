package vn.thidua.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.QueryParams;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(SuccessionResource.PATH)
@Tag(name = "unit-successions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuccessionResource {

    static final String PATH = "/api/v1/unit-successions";

    @Inject
    SuccessionService service;

    @Inject
    SuccessionAmendments amendments;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listUnitSuccessions", summary = "Các lần sắp xếp đơn vị / list successions")
    public Page<SuccessionData> list(
            @QueryParam("unitId") @Parameter(description = "Liên quan đơn vị / involving unit", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.id("unitId", unitId), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getUnitSuccession", summary = "Xem một lần sắp xếp / read a succession")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SuccessionData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUnitSuccession", summary = "Ghi nhận đổi tên, sáp nhập, chia tách, giải thể / record a succession")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SuccessionData.class)))
    public Response create(@NotNull @Valid SuccessionInput input) {
        var created = service.create(input);
        return Responses.created(PATH, created.body().id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "correctUnitSuccession", summary = "Sửa lần sắp xếp đã ghi nhận (có lý do) / correct a recorded succession, with a reason",
            description = "Ngày hiệu lực mới kéo theo ngày kết thúc của đơn vị bị sáp nhập, ngày tên mới, ngày thành lập đơn vị mới. 409 SUCCESSION_HAS_LATER_SUCCESSIONS khi lần sắp xếp sau dựa trên nó.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SuccessionData.class)))
    public Response correct(@PathParam("id") Long id,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag của lần đọc / ETag from your read") String ifMatch,
            @NotNull @Valid SuccessionCorrection input) {
        return Responses.ok(amendments.correct(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "withdrawUnitSuccession", summary = "Thu hồi lần sắp xếp ghi nhận nhầm (có lý do) / withdraw a succession recorded in error",
            description = "Hoàn tác tác động (đơn vị bị kết thúc hoạt động trở lại, tên mới bị gỡ, vai trò đã chuyển được trả lại) và giữ bản ghi ở trạng thái WITHDRAWN. 409 SUCCESSION_HAS_LATER_SUCCESSIONS, SUCCESSION_UNIT_CHANGED, SUCCESSION_ROLES_CHANGED khi không hoàn tác an toàn được.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SuccessionData.class)))
    public Response withdraw(@PathParam("id") Long id,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag của lần đọc / ETag from your read") String ifMatch,
            @NotNull @Valid SuccessionWithdrawal input) {
        return Responses.ok(amendments.withdraw(id, IfMatch.parse(ifMatch), input));
    }
}
