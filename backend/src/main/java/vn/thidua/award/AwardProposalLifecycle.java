package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileService;
import vn.thidua.common.state.Lifecycle;
import vn.thidua.unit.UnitRef;
import vn.thidua.vote.AwardKind;

/**
 * DRAFT → SUBMITTED (items, each with its achievement report, within the quota, every unit still eligible on the
 * day) → APPRAISING → DECIDED (every item appraised, the decision cited); SUBMITTED or APPRAISING → RETURNED (a
 * reason) → SUBMITTED again.
 */
@ApplicationScoped
public class AwardProposalLifecycle {

    static final FileKind REPORT = FileKind.ACHIEVEMENT_REPORT;

    @Inject
    AwardRules rules;

    @Inject
    FileService files;

    @Inject
    Clock clock;

    private Lifecycle<AwardProposal, AwardProposalStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<AwardProposal, AwardProposalStatus>of("AWARD_PROPOSAL", AwardProposalStatus.class)
                .step(AwardProposalStatus.DRAFT, AwardProposalStatus.SUBMITTED, this::requireSubmittable)
                .step(AwardProposalStatus.RETURNED, AwardProposalStatus.SUBMITTED, this::requireSubmittable)
                .step(AwardProposalStatus.SUBMITTED, AwardProposalStatus.APPRAISING)
                .stepWithReason(AwardProposalStatus.SUBMITTED, AwardProposalStatus.RETURNED)
                .stepWithReason(AwardProposalStatus.APPRAISING, AwardProposalStatus.RETURNED)
                .step(AwardProposalStatus.APPRAISING, AwardProposalStatus.DECIDED, AwardProposalLifecycle::requireDecidable)
                .build();
    }

    public Lifecycle<AwardProposal, AwardProposalStatus> of() {
        return lifecycle;
    }

    void requireSubmittable(AwardProposal p) {
        if (p.items.isEmpty()) {
            throw DomainException.rule("AWARD_PROPOSAL_EMPTY", Text.of(
                    "Hồ sơ chưa có đơn vị nào được đề nghị.", "The dossier proposes no unit yet."), "items");
        }
        Set<Long> reported = files.ownersWithCurrent(AwardProposalItem.ENTITY, p.items.stream().map(i -> i.id).toList(), REPORT);
        List<String> missing = p.items.stream().filter(i -> !reported.contains(i.id))
                .map(i -> UnitRef.of(i.unit, p.term.lastDay()).name()).toList();
        if (!missing.isEmpty()) {
            throw DomainException.rule("AWARD_REPORT_MISSING", Text.of(
                    "Còn thiếu báo cáo thành tích của: {0}.", "The achievement report is missing for: {0}.")
                    .with(String.join(", ", missing)), "items");
        }
        requireQuota(p);
        Map<Long, Text> ineligible = rules.ineligible(p.term, p.items.stream().map(i -> i.unit.id).toList(), LocalDate.now(clock), p.id);
        if (!ineligible.isEmpty()) {
            throw ineligible(ineligible.values());
        }
    }

    /** 422 AWARD_QUOTA_EXCEEDED when the dossier proposes more flags or certificates than the term's rules allow. */
    static void requireQuota(AwardProposal p) {
        Map<AwardKind, Long> counts = p.items.stream().filter(i -> i.outcome != AwardOutcome.REJECTED)
                .collect(Collectors.groupingBy(i -> i.award, Collectors.counting()));
        for (AwardKind kind : AwardKind.values()) {
            int quota = kind == AwardKind.FLAG ? p.term.rules.flagQuota : p.term.rules.certificateQuota;
            long count = counts.getOrDefault(kind, 0L);
            if (count > quota) {
                throw DomainException.rule("AWARD_QUOTA_EXCEEDED", Text.of(
                        "Chỉ tiêu {0} của năm thi đua là {1}; hồ sơ đề nghị {2}.",
                        "The term's quota for the {0} is {1}; the dossier proposes {2}.")
                        .with(kind, String.valueOf(quota), String.valueOf(count)), "award");
            }
        }
    }

    static void requireDecidable(AwardProposal p) {
        List<String> open = p.items.stream().filter(i -> i.outcome == null).map(i -> UnitRef.of(i.unit, p.term.lastDay()).name()).toList();
        if (!open.isEmpty()) {
            throw DomainException.rule("AWARD_APPRAISAL_INCOMPLETE", Text.of(
                    "Chưa có kết quả thẩm định của: {0}.", "Not yet appraised: {0}.").with(String.join(", ", open)), "items");
        }
        if (p.decision == null || p.decision.number == null) {
            throw DomainException.rule("AWARD_DECISION_REQUIRED", Text.of(
                    "Cần ghi số, ngày của Quyết định khen thưởng.", "The award decision's number and date are required."), "decision");
        }
    }

    static DomainException ineligible(java.util.Collection<Text> reasons) {
        return DomainException.rule("AWARD_UNIT_INELIGIBLE", Text.of("{0}", "{0}").with(Text.of(
                reasons.stream().map(Text::vi).collect(Collectors.joining(" ")),
                reasons.stream().map(Text::en).collect(Collectors.joining(" ")))), "unitId");
    }
}
