package vn.thidua.sheet;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Audited;
import vn.thidua.scheme.SchemeCriterion;

/** One criterion of a sheet: the unit's own value, points and comment, and the final points. Evidence files are owned by it. */
@Entity
@Table(name = "score_entry")
public class ScoreEntry implements Audited {

    public static final String ENTITY = "ScoreEntry";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    public ScoreSheet sheet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    public SchemeCriterion criterion;

    @Column(name = "self_value")
    public BigDecimal selfValue;

    @Column(name = "self_points")
    public BigDecimal selfPoints;

    @Column(name = "self_comment")
    public String selfComment;

    @Column(name = "final_points")
    public BigDecimal finalPoints;

    @Version
    public long version;

    @Override
    public String auditType() {
        return ENTITY;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public Long auditProvinceId() {
        return sheet.auditProvinceId();
    }
}
