package vn.thidua.sheet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One turn of the explanation loop: the leader's request and the scored unit's answer (giải trình). */
@Entity
@Table(name = "score_explanation")
public class SheetExplanation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    public ScoreSheet sheet;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String request;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
