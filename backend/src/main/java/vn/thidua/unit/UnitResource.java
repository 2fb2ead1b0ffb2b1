package vn.thidua.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path(UnitResource.PATH)
@Tag(name = "units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    static final String PATH = "/api/v1/units";

    @Inject
    UnitService service;

    @Inject
    LineageService lineage;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listUnits", summary = "Danh sách đơn vị / list units",
            description = "q tìm theo mọi tên đã dùng, có hoặc không dấu (\"so xay dung\" → \"Sở Xây dựng\"). Sort: name, code, activeFrom, kind.")
    public Page<UnitData> list(
            @QueryParam("provinceId") @Parameter(description = "Tỉnh, thành phố / province", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String provinceId,
            @QueryParam("q") @Parameter(description = "Tên hoặc mã, có/không dấu / name or code", example = "so xay dung") String q,
            @QueryParam("code") @Parameter(example = "BKN.SXD") String code,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = UnitKind.class)) String kind,
            @QueryParam("activeOn") @Parameter(description = "Hoạt động vào ngày / active on", schema = @Schema(type = SchemaType.STRING, format = "date")) String activeOn,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.id("provinceId", provinceId), q, code, QueryParams.enumValue("kind", kind, UnitKind.class),
                QueryParams.date("activeOn", activeOn), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getUnit", summary = "Xem đơn vị (tên theo ngày) / read a unit, named as of a date")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = UnitDetail.class)))
    public Response get(@PathParam("id") Long id,
            @QueryParam("asOf") @Parameter(description = "Tên hiệu lực vào ngày / name valid on", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf) {
        return Responses.ok(service.get(id, QueryParams.date("asOf", asOf)));
    }

    @GET
    @Path("{id}/lineage")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getUnitLineage", summary = "Lịch sử kế thừa: đơn vị tiền thân và các năm thi đua của chúng / a unit's predecessors (transitively) and their terms")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = UnitLineage.class)))
    public Response lineage(@PathParam("id") Long id) {
        return Responses.ok(lineage.lineage(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUnit", summary = "Thêm đơn vị / create a unit")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UnitData.class)))
    public Response create(@NotNull @Valid UnitInput input) {
        var unit = service.create(input);
        return Responses.created(PATH, unit.body().id(), unit);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateUnit", summary = "Sửa đơn vị / correct a unit",
            description = "Đổi tên chính thức dùng /unit-successions (RENAME) để giữ lịch sử. Use a RENAME succession for official renames.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = UnitData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true, description = "ETag của lần đọc / ETag from your read") String ifMatch,
            @NotNull @Valid UnitInput input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteUnit", summary = "Xóa đơn vị chưa có lịch sử / delete a unit without history")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return Responses.noContent();
    }
}
