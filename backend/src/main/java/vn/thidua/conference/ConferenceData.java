package vn.thidua.conference;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.files.StoredFileData;
import vn.thidua.unit.UnitRef;

@Schema(name = "Conference", description = "Hội nghị: thành phần tham dự, nội dung và kết luận, biên bản / a conference with attendance, agenda and minutes")
public record ConferenceData(
        @Schema(required = true, examples = "5") Long id,
        @Schema(required = true, examples = "7") Long termId,
        @Schema(required = true, examples = "2023") int termYear,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true) ConferenceKind kind,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "2023-07-06") LocalDate heldOn,
        @Schema(examples = "08:00") String startTime,
        @Schema(required = true) String venue,
        UnitRef hostUnit,
        String chairName,
        String chairTitle,
        UnitRef chairUnit,
        String secretaryName,
        String secretaryTitle,
        String guests,
        @Schema(required = true) ConferenceStatus status,
        @Schema(description = "Lý do hủy / why it was cancelled") String statusReason,
        @Schema(required = true) List<AttendeeData> attendees,
        @Schema(required = true, examples = "11", description = "Số đơn vị có mặt / attending units") int attendingUnits,
        @Schema(required = true, examples = "11", description = "Số đơn vị có người biểu quyết (túc số) / units with a voting delegate (the quorum base)") int votingUnits,
        @Schema(required = true, examples = "11", description = "Số thành viên của năm / the term's members") int memberCount,
        @Schema(required = true) List<AgendaItemData> agenda,
        @Schema(description = "Bản quét biên bản đã ký hiện hành / the current signed minutes' scan") StoredFileData minutesScan,
        @Schema(required = true, examples = "0") long version,
        @Schema(description = "Việc người gọi được làm tiếp / what the caller may do next: UPDATE, EDIT_ATTENDANCE, EDIT_AGENDA, HOLD, CANCEL, UPLOAD_MINUTES_SCAN, SIGN_MINUTES, DOWNLOAD_MINUTES",
                examples = "[\"DOWNLOAD_MINUTES\", \"EDIT_AGENDA\"]") List<String> permissions) {

    /** The representation every caller shares (its ETag), without the caller's permissions. */
    ConferenceData shared() {
        return new ConferenceData(id, termId, termYear, blocName, provinceCode, kind, title, heldOn, startTime, venue,
                hostUnit, chairName, chairTitle, chairUnit, secretaryName, secretaryTitle, guests, status, statusReason,
                attendees, attendingUnits, votingUnits, memberCount, agenda, minutesScan, version, null);
    }
}
