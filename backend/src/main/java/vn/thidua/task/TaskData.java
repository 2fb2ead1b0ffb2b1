package vn.thidua.task;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task", description = "Một việc cần làm trong năm thi đua / one thing to do in a term")
public record TaskData(
        @Schema(required = true, examples = "REGISTER") TaskKind kind,
        @Schema(required = true, examples = "CAMPAIGN") TaskSubject subject,
        @Schema(required = true, examples = "12") long subjectId,
        @Schema(required = true, description = "Tên bản ghi / the record's title", examples = "Phong trào thi đua năm 2023") String title,
        @Schema(description = "Hạn hoặc ngày diễn ra / deadline or date", examples = "2023-03-31") LocalDate dueOn,
        @Schema(required = true, description = "Đã quá hạn / past its date") boolean overdue,
        @Schema(description = "Số đăng ký chờ duyệt, số đơn vị chưa ký / how many registrations or units", examples = "3") Integer count) {
}
