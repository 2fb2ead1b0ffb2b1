package vn.thidua.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.error.Problem;

/** Contract-level metadata: tags and the shared Problem schema that every error response uses. */
@OpenAPIDefinition(
        info = @Info(title = "ThiĐua API", version = "1.0.0"),
        tags = {
                @Tag(name = "me", description = "Người dùng hiện tại / the caller"),
                @Tag(name = "units", description = "Đơn vị / member units"),
                @Tag(name = "unit-successions", description = "Sắp xếp đơn vị / renames, mergers, splits"),
                @Tag(name = "blocs", description = "Khối, cụm thi đua / blocs"),
                @Tag(name = "terms", description = "Năm thi đua / a bloc's year"),
                @Tag(name = "memberships", description = "Thành viên / members of a term"),
                @Tag(name = "audit", description = "Nhật ký / audit trail") },
        components = @Components(schemas = { @Schema(name = "Problem", implementation = Problem.class) }))
public class ApiDefinition extends Application {
}
