package vn.thidua.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.security.Roles;

@Path("/api/v1/terms/{id}/tasks")
@Tag(name = "terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermTaskResource {

    @Inject
    TermTaskService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listMyTermTasks", summary = "Việc cần làm của tôi trong năm thi đua / my tasks in a term",
            description = "Đơn vị thành viên: đăng ký, gửi lại đăng ký, ký giao ước, dự hội nghị. Trưởng khối, Phó trưởng khối và Ban: "
                    + "phát động, duyệt đăng ký, đôn đốc ký giao ước, ghi nhận hội nghị, ký biên bản. Năm đã kết thúc không còn việc. "
                    + "/ A member's own unit's tasks, and the managers' tasks for the leader, the deputy and the Board; none once the year is closed.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TermTasks.class)))
    public TermTasks list(@PathParam("id") Long id) {
        return service.of(id);
    }
}
