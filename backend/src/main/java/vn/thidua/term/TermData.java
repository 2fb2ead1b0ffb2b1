package vn.thidua.term;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.bloc.BlocKind;
import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.province.ProvinceRef;
import vn.thidua.unit.UnitRef;

@Schema(name = "Term", description = "Năm thi đua của một khối / one bloc in one year")
public record TermData(
        @Schema(required = true, examples = "7") Long id,
        @Schema(required = true, examples = "1") Long blocId,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, examples = "KHOI") BlocKind blocKind,
        @Schema(required = true, examples = "35") Long provinceId,
        @Schema(required = true, examples = "35") String provinceCode,
        @Schema(required = true, examples = "Hà Nam", description = "Tên tỉnh trong năm thi đua / province as named in the term's year") String provinceName,
        @Schema(required = true, examples = "2023") int year,
        DecisionRefData decision,
        @Schema(required = true, examples = "ACTIVE") TermStatus status,
        @Schema(required = true) TermRulesData rules,
        @Schema(description = "Trưởng khối / leader unit") UnitRef leader,
        @Schema(description = "Phó trưởng khối / deputy unit") UnitRef deputy,
        @Schema(required = true, examples = "11") int memberCount,
        @Schema(required = true, description = "Ghi nhận theo tài liệu (năm đã qua) / recorded from sources (a past year)") boolean recordedFromSources,
        @Schema(maxLength = 1000, description = "Nguồn tài liệu đã ghi nhận / the sources cited when recorded") String sourcesReason,
        @Schema(required = true, examples = "0") long version) {

    public static TermData of(Term term, ProvinceRef province, TermRoster.Summary roster) {
        return new TermData(term.id, term.bloc.id, term.bloc.name, term.bloc.kind, province.id(), province.code(),
                province.name(), term.year,
                term.decision == null ? null : term.decision.toData(), term.status, TermRulesData.of(term.rules),
                roster.leader(), roster.deputy(), roster.memberCount(), term.recordedFromSources,
                term.sourcesReason, term.version);
    }
}
