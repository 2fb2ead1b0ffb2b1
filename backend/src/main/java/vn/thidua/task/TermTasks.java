package vn.thidua.task;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "TermTasks", description = "Việc cần làm của tôi trong năm thi đua: của đơn vị mình, và nếu điều hành khối thì cả việc điều hành "
        + "/ the caller's tasks in a term: their own unit's, and the managers' when they run the bloc")
public record TermTasks(
        @Schema(required = true, examples = "7") long termId,
        @Schema(description = "Đơn vị thành viên mà tài khoản làm việc thay / the member unit the caller acts for") UnitRef unit,
        @Schema(required = true, description = "Tài khoản điều hành khối năm này / the caller manages the term") boolean manages,
        @Schema(required = true, description = "Quá hạn trước, rồi theo hạn / overdue first, then by date") List<TaskData> items) {
}
