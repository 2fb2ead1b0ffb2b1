package vn.thidua.conference;

import jakarta.persistence.Column;
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

/** One item of a conference's agenda, in order, with what was concluded (kết luận). */
@Entity
@Table(name = "conference_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    public Conference conference;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind")
    public AgendaLinkKind linkKind;

    @Column(name = "linked_id")
    public Long linkedId;

    public String outcome;

    /** Sets the item (its own method: writes inside the entity are dirty-tracked). */
    void set(Conference conference, int position, String title, AgendaLinkKind linkKind, Long linkedId, String outcome) {
        this.conference = conference;
        this.position = position;
        this.title = title;
        this.linkKind = linkKind;
        this.linkedId = linkedId;
        this.outcome = outcome;
    }

    void moveAside() {
        this.position += 100_000;
    }
}
