package vn.thidua.leadership;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadershipHandoverInput", description = "Hội nghị tổng kết năm (đã tổ chức) của năm đang kết thúc, nơi trao cờ Khối trưởng; ngày trao là ngày hội nghị "
        + "/ the outgoing term's held year-end conference where the flag was handed over; its day is the handover's")
public record HandoverInput(@Schema(required = true, examples = "15") @NotNull Long conferenceId) {
}
