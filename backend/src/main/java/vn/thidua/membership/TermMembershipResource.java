package vn.thidua.membership;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import vn.thidua.common.document.PdfDocuments;
import vn.thidua.common.document.Spreadsheets;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.QueryParams;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path("/api/v1/terms/{termId}/memberships")
@Tag(name = "memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermMembershipResource {

    @Inject
    MembershipService service;

    @Inject
    TermRosterDocument roster;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listMemberships", summary = "Thành viên của năm thi đua / members of a term",
            description = "Mặc định: Trưởng khối, Phó trưởng khối, rồi theo tên. Sort: role (default), name.")
    public Page<MembershipData> list(@PathParam("termId") Long termId,
            @QueryParam("role") @Parameter(schema = @Schema(implementation = MembershipRole.class)) String role,
            @BeanParam PageRequest page) {
        return service.list(termId, QueryParams.enumValue("role", role, MembershipRole.class), page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addMembership", summary = "Thêm đơn vị vào năm thi đua / add a unit to a term")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MembershipData.class)))
    public Response add(@PathParam("termId") Long termId, @NotNull @Valid MembershipInput input) {
        var m = service.add(termId, input);
        return Responses.created(MembershipResource.PATH, m.body().id(), m);
    }

    @GET
    @Path("roster.pdf")
    @Produces({ PdfDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadTermRoster", summary = "Danh sách thành viên (PDF) / the members as a PDF",
            description = """
                    Văn bản theo thể thức Nghị định 30/2020/NĐ-CP (A4, phông Times New Roman nhúng sẵn), luôn tải \
                    về dạng đính kèm. A document in the layout of Decree 30/2020, always an attachment.""")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PdfDocuments.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response roster(@PathParam("termId") Long termId) {
        return Responses.attachment(roster.pdf(termId), PdfDocuments.MEDIA_TYPE);
    }

    @GET
    @Path("roster.xlsx")
    @Produces({ Spreadsheets.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadTermRosterSpreadsheet", summary = "Danh sách thành viên (Excel) / the members as XLSX",
            description = """
                    Bảng tính XLSX mở được bằng Excel và LibreOffice: ngày là ngày (lọc, sắp xếp được), dòng tiêu đề \
                    cố định, in vừa khổ A4 ngang. An XLSX workbook with real dates, a frozen header and an A4 print setup.""")
    @APIResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = Spreadsheets.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response rosterSpreadsheet(@PathParam("termId") Long termId) {
        return Responses.attachment(roster.xlsx(termId), Spreadsheets.MEDIA_TYPE);
    }
}
