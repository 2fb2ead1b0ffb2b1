package vn.thidua.term;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Audited;
import vn.thidua.audit.Snapshot;
import vn.thidua.common.state.Stateful;
import vn.thidua.bloc.Bloc;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.persistence.Timestamped;

/** One bloc in one year (năm thi đua): its decision, status and rules. */
@Entity
@Table(name = "term")
public class Term extends Timestamped implements Audited, Stateful<TermStatus> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bloc_id")
    public Bloc bloc;

    @Column(nullable = false)
    public int year;

    @Embedded
    public DecisionRef decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TermStatus status = TermStatus.PLANNING;

    @Embedded
    public TermRules rules = new TermRules();

    /** Status set from documents of a past year (ghi nhận theo tài liệu), not reached step by step. */
    @Column(name = "recorded_from_sources", nullable = false)
    public boolean recordedFromSources;

    /** The citation of those documents; set exactly when {@link #recordedFromSources}. */
    @Column(name = "sources_reason", length = 1000)
    public String sourcesReason;

    @Version
    public long version;

    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    public boolean isClosed() {
        return status == TermStatus.CLOSED;
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("bloc", bloc.id).put("year", year)
                .put("decision", decision).put("status", status)
                .put("rules", rules.toString()).put("recordedFromSources", recordedFromSources)
                .put("sourcesReason", sourcesReason);
    }

    @Override
    public TermStatus status() {
        return status;
    }

    @Override
    public void assignStatus(TermStatus status) {
        this.status = status;
    }


    @Override
    public String auditType() {
        return TermService.ENTITY;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public Long auditProvinceId() {
        return bloc.auditProvinceId();
    }
}
