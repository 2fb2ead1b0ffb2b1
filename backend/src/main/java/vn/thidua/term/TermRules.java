package vn.thidua.term;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The bloc's rules for the year (quy chế), with the legal defaults of DOMAIN.md. */
@Embeddable
public class TermRules {

    public static final int DEFAULT_QUORUM_NUMERATOR = 2;
    public static final int DEFAULT_QUORUM_DENOMINATOR = 3;
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("50.00");
    public static final int DEFAULT_FLAG_QUOTA = 1;
    public static final int DEFAULT_CERTIFICATE_QUOTA = 3;

    @Enumerated(EnumType.STRING)
    @Column(name = "leader_selection", nullable = false)
    public LeaderSelection leaderSelection = LeaderSelection.ELECTION;

    @Column(name = "quorum_numerator", nullable = false)
    public int quorumNumerator = DEFAULT_QUORUM_NUMERATOR;

    @Column(name = "quorum_denominator", nullable = false)
    public int quorumDenominator = DEFAULT_QUORUM_DENOMINATOR;

    @Column(name = "winning_threshold_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal winningThresholdPercent = DEFAULT_THRESHOLD;

    @Column(name = "winning_threshold_inclusive", nullable = false)
    public boolean winningThresholdInclusive;

    @Enumerated(EnumType.STRING)
    @Column(name = "winning_threshold_base", nullable = false)
    public ThresholdBase winningThresholdBase = ThresholdBase.VALID_BALLOTS;

    @Column(name = "flag_quota", nullable = false)
    public int flagQuota = DEFAULT_FLAG_QUOTA;

    @Column(name = "certificate_quota", nullable = false)
    public int certificateQuota = DEFAULT_CERTIFICATE_QUOTA;

    @Enumerated(EnumType.STRING)
    @Column(name = "leader_ballots", nullable = false)
    public LeaderBallots leaderBallots = LeaderBallots.ONE_BALLOT;

    /** Whether this year's leader unit may stand again for leader. */
    @Column(name = "outgoing_leader_reeligible", nullable = false)
    public boolean outgoingLeaderReeligible = true;

    @Override
    public String toString() {
        return leaderSelection + ", quorum " + quorumNumerator + "/" + quorumDenominator + ", threshold "
                + (winningThresholdInclusive ? "≥" : ">") + winningThresholdPercent + "% of " + winningThresholdBase
                + ", flags " + flagQuota + ", certificates " + certificateQuota
                + ", leader " + leaderBallots + (outgoingLeaderReeligible ? "" : " (outgoing leader not re-eligible)");
    }
}
