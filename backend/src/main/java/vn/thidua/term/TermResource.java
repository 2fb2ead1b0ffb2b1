package vn.thidua.term;

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

import vn.thidua.bloc.BlocKind;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.QueryParams;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(TermResource.PATH)
@Tag(name = "terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {

    static final String PATH = "/api/v1/terms";

    @Inject
    TermService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listTerms", summary = "Danh sách năm thi đua / list terms", description = "Sort: year, blocName, status (default -year).")
    public Page<TermData> list(
            @QueryParam("provinceId") @Parameter(description = "Tỉnh, thành phố / province", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String provinceId,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1945", maximum = "2200")) String year,
            @QueryParam("blocId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String blocId,
            @QueryParam("unitId") @Parameter(description = "Năm có đơn vị này là thành viên / terms with this member", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = TermStatus.class)) String status,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = BlocKind.class)) String kind,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.id("provinceId", provinceId), QueryParams.year("year", year), QueryParams.id("blocId", blocId),
                QueryParams.id("unitId", unitId), QueryParams.enumValue("status", status, TermStatus.class),
                QueryParams.enumValue("kind", kind, BlocKind.class), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getTerm", summary = "Xem năm thi đua / read a term")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TermData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createTerm", summary = "Mở năm thi đua / create a term")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TermData.class)))
    public Response create(@NotNull @Valid TermInput input) {
        var term = service.create(input);
        return Responses.created(PATH, term.body().id(), term);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateTerm", summary = "Sửa quyết định, quy chế / update a term's decision and rules")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TermData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid TermUpdate input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeTermStatus", summary = "Chuyển trạng thái năm thi đua / move a term to its next status")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TermData.class)))
    public Response changeStatus(@PathParam("id") Long id,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch, @NotNull @Valid TermStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @POST
    @Path("{id}/record-from-sources")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recordTermFromSources", summary = "Ghi nhận năm đã qua theo tài liệu / record a past year from sources",
            description = "Chỉ năm đã qua; đặt trạng thái theo tài liệu (không qua điều kiện từng bước), đánh dấu và ghi nhật ký kèm nguồn"
                    + " / past years only: sets the status the sources support, without the step guards, marked and audited with the citation")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TermData.class)))
    public Response recordFromSources(@PathParam("id") Long id,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch, @NotNull @Valid TermSourcesRecord record) {
        return Responses.ok(service.recordFromSources(id, IfMatch.parse(ifMatch), record));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteTerm", summary = "Xóa năm thi đua chưa có thành viên / delete an empty PLANNING term")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return Responses.noContent();
    }
}
