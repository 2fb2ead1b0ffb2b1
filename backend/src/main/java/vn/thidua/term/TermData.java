package vn.thidua.term;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import vn.thidua.access.CallerScope;
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
        @Schema(required = true, examples = "0") long version,
        @Schema(required = true, examples = "[\"MANAGE_YEAR\"]", description = "Việc tài khoản được làm: MANAGE_YEAR — soạn phong trào, "
                + "giao ước, hội nghị của năm (Ban, đơn vị Trưởng khối, Phó trưởng khối; năm chưa kết thúc) "
                + "/ what the caller may do: MANAGE_YEAR drafts the year's campaigns, covenant and conferences") List<String> permissions) {

    /** Drafting the year's campaigns, covenant and conferences ({@link TermParty#manages}, an open term). */
    public static final String MANAGE_YEAR = "MANAGE_YEAR";

    public static TermData of(Term term, ProvinceRef province, TermRoster.Summary roster, CallerScope caller) {
        boolean manages = !term.isClosed() && TermParty.manages(caller, id(roster.leader()), id(roster.deputy()));
        return new TermData(term.id, term.bloc.id, term.bloc.name, term.bloc.kind, province.id(), province.code(),
                province.name(), term.year,
                term.decision == null ? null : term.decision.toData(), term.status, TermRulesData.of(term.rules),
                roster.leader(), roster.deputy(), roster.memberCount(), term.recordedFromSources,
                term.sourcesReason, term.version, manages ? List.of(MANAGE_YEAR) : List.of());
    }

    /** The same term without the caller's permissions: what its ETag is computed from, equal for every caller. */
    public TermData shared() {
        return new TermData(id, blocId, blocName, blocKind, provinceId, provinceCode, provinceName, year, decision, status,
                rules, leader, deputy, memberCount, recordedFromSources, sourcesReason, version, null);
    }

    private static Long id(UnitRef unit) {
        return unit == null ? null : unit.id();
    }
}
