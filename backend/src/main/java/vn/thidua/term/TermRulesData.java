package vn.thidua.term;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rule set of a term; omitted values take the defaults (election, quorum 2/3, > 50% of valid ballots, 1 flag, 3 certificates). */
@Schema(name = "TermRules", description = "Quy chế của năm thi đua / the term's rule set")
public record TermRulesData(
        @Schema(examples = "ELECTION", defaultValue = "ELECTION") LeaderSelection leaderSelection,
        @Schema(examples = "2", defaultValue = "2", minimum = "1", maximum = "100") @Min(1) @Max(100) Integer quorumNumerator,
        @Schema(examples = "3", defaultValue = "3", minimum = "1", maximum = "100") @Min(1) @Max(100) Integer quorumDenominator,
        @Schema(examples = "50", defaultValue = "50", minimum = "0", maximum = "100") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal winningThresholdPercent,
        @Schema(examples = "false", defaultValue = "false", description = "true: ≥ ngưỡng; false: > ngưỡng") Boolean winningThresholdInclusive,
        @Schema(examples = "VALID_BALLOTS", defaultValue = "VALID_BALLOTS") ThresholdBase winningThresholdBase,
        @Schema(examples = "1", defaultValue = "1", minimum = "0", maximum = "20") @Min(0) @Max(20) Integer flagQuota,
        @Schema(examples = "3", defaultValue = "3", minimum = "0", maximum = "100") @Min(0) @Max(100) Integer certificateQuota,
        @Schema(examples = "ONE_BALLOT", defaultValue = "ONE_BALLOT", description = "Bầu Trưởng khối và Phó trưởng khối trong một lần bỏ phiếu (nhiều phiếu nhất là Trưởng khối, thứ hai là Phó) hay hai lần riêng / one ballot for both seats or two successive ballots") LeaderBallots leaderBallots,
        @Schema(examples = "true", defaultValue = "true", description = "Đơn vị Trưởng khối năm nay có được bầu lại làm Trưởng khối / whether this year's leader may be re-elected leader") Boolean outgoingLeaderReeligible) {

    public static TermRulesData of(TermRules rules) {
        return new TermRulesData(rules.leaderSelection, rules.quorumNumerator, rules.quorumDenominator,
                rules.winningThresholdPercent, rules.winningThresholdInclusive, rules.winningThresholdBase,
                rules.flagQuota, rules.certificateQuota, rules.leaderBallots, rules.outgoingLeaderReeligible);
    }

    /** The rules with this data's values over the defaults. */
    public TermRules toRules() {
        TermRules rules = new TermRules();
        if (leaderSelection != null) {
            rules.leaderSelection = leaderSelection;
        }
        if (quorumNumerator != null) {
            rules.quorumNumerator = quorumNumerator;
        }
        if (quorumDenominator != null) {
            rules.quorumDenominator = quorumDenominator;
        }
        if (winningThresholdPercent != null) {
            rules.winningThresholdPercent = winningThresholdPercent.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
        if (winningThresholdInclusive != null) {
            rules.winningThresholdInclusive = winningThresholdInclusive;
        }
        if (winningThresholdBase != null) {
            rules.winningThresholdBase = winningThresholdBase;
        }
        if (flagQuota != null) {
            rules.flagQuota = flagQuota;
        }
        if (certificateQuota != null) {
            rules.certificateQuota = certificateQuota;
        }
        if (leaderBallots != null) {
            rules.leaderBallots = leaderBallots;
        }
        if (outgoingLeaderReeligible != null) {
            rules.outgoingLeaderReeligible = outgoingLeaderReeligible;
        }
        return rules;
    }
}
