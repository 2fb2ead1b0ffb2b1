package vn.thidua.conference;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "AttendanceInput", description = "Toàn bộ thành phần tham dự, theo thứ tự / the whole attendance, in order")
public record AttendanceInput(
        @Schema(required = true, maxItems = 300) @NotNull @Size(max = 300) List<@Valid @NotNull AttendeeInput> attendees,
        @Schema(maxLength = 1000, description = "Bắt buộc khi năm thi đua đã CLOSED / required when the term is CLOSED")
        @MultiLine @Size(max = 1000) String correctionReason) {
}
