package vn.thidua.campaign;

import java.util.List;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.thidua.common.web.FileParts;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.QueryParams;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(CampaignResource.PATH)
@Tag(name = "campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    static final String PATH = "/api/v1/campaigns";

    @Inject
    CampaignService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listCampaigns", summary = "Danh sách phong trào thi đua / list campaigns",
            description = "termId: của một năm thi đua; provinceId: của một tỉnh (kể cả của các khối). Sort: startsOn (default), title, kind, status.")
    public Page<CampaignData> list(
            @QueryParam("termId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String termId,
            @QueryParam("provinceId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String provinceId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = CampaignStatus.class)) String status,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.id("termId", termId), QueryParams.id("provinceId", provinceId),
                QueryParams.enumValue("status", status, CampaignStatus.class), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getCampaign", summary = "Xem phong trào thi đua / read a campaign")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CampaignData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "createCampaign", summary = "Soạn phong trào thi đua / draft a campaign",
            description = "Của khối: Trưởng khối, Phó trưởng khối hoặc Ban Thi đua - Khen thưởng; của tỉnh: Ban Thi đua - Khen thưởng.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CampaignData.class)))
    public Response create(@NotNull @Valid CampaignInput input) {
        var campaign = service.create(input);
        return Responses.created(PATH, campaign.body().id(), campaign);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "updateCampaign", summary = "Sửa phong trào thi đua / update a campaign")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CampaignData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid CampaignUpdate input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeCampaignStatus", summary = "Phát động / kết thúc phong trào / launch or close a campaign")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CampaignData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid CampaignStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "deleteCampaign", summary = "Xóa phong trào dự thảo / delete a draft campaign")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return Responses.noContent();
    }

    @GET
    @Path("{id}/files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listCampaignFiles", summary = "Văn bản phát động đã tải lên / a campaign's launch documents",
            description = "Mới nhất trước; bản bị thay thế vẫn được giữ / newest first; superseded ones are kept.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public Response files(@PathParam("id") Long id) {
        return Response.ok(service.files(id)).build();
    }

    @POST
    @Path("{id}/files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadCampaignFile", summary = "Tải lên văn bản phát động / upload the launch document",
            description = "PDF, PNG hoặc JPEG (nhận biết từ nội dung), tối đa 20 MB; bản mới phải ghi `supersedes` = bản hiện hành. "
                    + "/ PDF, PNG or JPEG (by content), at most 20 MB; a new one names the current one in `supersedes`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response upload(@PathParam("id") Long id,
            @RestForm("file") List<FileUpload> allFiles, @RestForm("supersedes") List<String> allSupersedes,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("supersedes") @Schema(type = SchemaType.INTEGER, format = "int64", description = "mã bản hiện hành được thay thế / id of the current file it supersedes") Long supersedes) {
        return FileParts.created(service.upload(id, FileParts.upload(allFiles, allSupersedes, file), supersedes));
    }
}
