package vn.thidua.bloc;

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

@Path(BlocResource.PATH)
@Tag(name = "blocs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlocResource {

    static final String PATH = "/api/v1/blocs";

    @Inject
    BlocService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listBlocs", summary = "Danh sách khối, cụm / list blocs", description = "Sort: name, kind, status.")
    public Page<BlocData> list(
            @QueryParam("provinceId") @Parameter(description = "Tỉnh, thành phố / province", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String provinceId,
            @QueryParam("q") @Parameter(example = "kinh te ky thuat") String q,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = BlocKind.class)) String kind,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = BlocStatus.class)) String status,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.id("provinceId", provinceId), q, QueryParams.enumValue("kind", kind, BlocKind.class),
                QueryParams.enumValue("status", status, BlocStatus.class), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getBloc", summary = "Xem khối / read a bloc")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BlocData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createBloc", summary = "Thành lập khối / create a bloc")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = BlocData.class)))
    public Response create(@NotNull @Valid BlocInput input) {
        var bloc = service.create(input);
        return Responses.created(PATH, bloc.body().id(), bloc);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateBloc", summary = "Sửa khối / update a bloc")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BlocData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid BlocInput input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteBloc", summary = "Xóa khối chưa có năm thi đua / delete a bloc without terms")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return Responses.noContent();
    }
}
