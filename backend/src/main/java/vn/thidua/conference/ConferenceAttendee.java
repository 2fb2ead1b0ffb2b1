package vn.thidua.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.thidua.unit.Unit;

/** One delegate of a member unit at a conference; {@link #mayVote} marks the one who votes for the unit. */
@Entity
@Table(name = "conference_attendee")
public class ConferenceAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    public Conference conference;

    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    /** Null when the sources name the unit but not its delegate. */
    @Column(name = "delegate_name")
    public String delegateName;

    @Column(name = "delegate_title")
    public String delegateTitle;

    @Column(name = "may_vote", nullable = false)
    public boolean mayVote;

    /** The absent registered delegate this voting delegate acts for (a substitute); null otherwise. */
    @Column(name = "substitute_for")
    public String substituteFor;
}
