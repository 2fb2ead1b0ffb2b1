package vn.thidua.leadership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import vn.thidua.common.web.QueryParams;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

/** Next year's leadership as the outgoing term sees it: its result, the designation, the rotation proposal. */
@Path("/api/v1/terms/{termId}/leadership-result")
@Tag(name = "leadership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermLeadershipResource {

    @Inject
    LeadershipService service;

    @Inject
    RotationService rotation;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getTermLeadershipResult", summary = "Trưởng khối năm sau của năm thi đua / the term's result for next year's leadership",
            description = "Kết quả hiện hành (chưa rút), gồm cả việc trao cờ Khối trưởng; 404 LEADERSHIP_RESULT_NOT_FOUND khi chưa có "
                    + "/ the live (not withdrawn) result, with the flag's handover; 404 while there is none.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = LeadershipResultData.class)))
    public Response get(@PathParam("termId") Long termId) {
        return Responses.ok(service.ofTerm(termId));
    }

    @POST
    @Path("designation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "designateLeadership", summary = "Ghi quyết định chỉ định Trưởng khối, Phó trưởng khối năm sau / record the province's designation",
            description = "Ban TĐKT; quy chế năm phải là DESIGNATION (409 LEADERSHIP_SELECTION_MISMATCH). Tạo kết quả PROPOSED, hoặc thay kết quả chỉ định "
                    + "đang đề xuất (If-Match của kết quả đó) / the Board; the term's rules must be DESIGNATION; creates the PROPOSED result "
                    + "or replaces a proposed designation (If-Match of it).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = LeadershipResultData.class)))
    public Response designate(@PathParam("termId") Long termId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DesignationInput input) {
        return Responses.ok(service.designate(termId, ifMatch, input));
    }

    @GET
    @Path("rotation-proposal")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "previewRotationProposal", summary = "Đơn vị kế tiếp theo thứ tự luân phiên (xem trước) / the rotation order's proposal, not recorded",
            description = "Đơn vị kế tiếp sau Trưởng khối năm đang kết thúc, bỏ qua đơn vị không còn là thành viên, đơn vị đã sáp nhập thay bằng đơn vị kế thừa "
                    + "/ the next unit after the outgoing leader, passing over non-members, a merged unit followed to its live successor.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RotationProposalData.class)))
    @APIResponse(responseCode = "409", description = "ROTATION_ORDER_MISSING, ROTATION_NO_CANDIDATE, LEADERSHIP_SELECTION_MISMATCH",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "ROTATION_DEPUTY_NOT_A_MEMBER, LEADERSHIP_SAME_UNIT",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response preview(@PathParam("termId") Long termId,
            @QueryParam("deputyUnitId") @Parameter(description = "Phó trưởng khối do Trưởng khối chọn / the deputy the leader chooses",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String deputyUnitId) {
        return Response.ok(rotation.preview(termId, QueryParams.id("deputyUnitId", deputyUnitId))).build();
    }

    @POST
    @Path("rotation-proposal")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "proposeRotationLeadership", summary = "Ghi đề xuất theo thứ tự luân phiên / record the rotation proposal",
            description = "Ban TĐKT, đơn vị Trưởng khối, Phó trưởng khối năm đang kết thúc; quy chế là ROTATION. Tạo kết quả PROPOSED hoặc thay đề xuất luân phiên "
                    + "đang có (If-Match) / the Board or the outgoing leader and deputy; rules ROTATION; creates the PROPOSED result or replaces one (If-Match).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = LeadershipResultData.class)))
    public Response propose(@PathParam("termId") Long termId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RotationProposalInput input) {
        return Responses.ok(rotation.record(termId, ifMatch, input));
    }
}
