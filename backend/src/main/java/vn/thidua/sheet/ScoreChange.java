package vn.thidua.sheet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of one criterion of a sheet changed: the history the scored unit reads. */
@Entity
@Table(name = "score_change")
public class ScoreChange {

    @Schema(name = "ScoreChangeStage")
    public enum Stage { SELF, REVIEW, FINAL }

    @Schema(name = "ScoreChangeField")
    public enum Field { VALUE, POINTS, COMMENT, REASON }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sheet_id", nullable = false)
    public long sheetId;

    @Column(name = "criterion_id", nullable = false)
    public long criterionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(name = "review_id")
    public Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Field field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
