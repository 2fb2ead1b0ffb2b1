package vn.thidua.scheme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(SchemeResource.PATH)
@Tag(name = "schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchemeResource {

    static final String PATH = "/api/v1/schemes";

    @Inject
    SchemeService service;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getScheme", summary = "Xem thang điểm: nhóm, tiêu chí / read a scoring scheme")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SchemeData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "replaceScheme", summary = "Sửa dự thảo thang điểm (thay toàn bộ nhóm, tiêu chí) / replace a draft's tree",
            description = "Chỉ khi DRAFT; bản đã thông qua không sửa được (409 SCHEME_FROZEN) / DRAFT only.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SchemeData.class)))
    public Response replace(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid SchemeInput input) {
        return Responses.ok(service.replace(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeSchemeStatus", summary = "Thông qua hoặc cho hết hiệu lực thang điểm / adopt or retire a scheme",
            description = "DRAFT → ADOPTED tại một hội nghị đã tổ chức của năm, khi điểm tối đa các tiêu chí cộng đúng điểm nhóm và các nhóm cộng "
                    + "đúng tổng (bản đã thông qua trước đó hết hiệu lực); ADOPTED → RETIRED; DRAFT → RETIRED kèm lý do "
                    + "/ adopted at a held conference of the term once the maxima add up (the previous adopted version retires).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SchemeData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid SchemeStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }
}
