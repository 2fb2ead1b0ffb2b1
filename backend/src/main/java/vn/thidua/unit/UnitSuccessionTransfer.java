package vn.thidua.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role a merger handed from a predecessor to its successor in a term, kept so a withdrawal can hand it back. */
@Entity
@Table(name = "unit_succession_transfer")
public class UnitSuccessionTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "succession_id", nullable = false)
    public Long successionId;

    @Column(name = "term_id", nullable = false)
    public Long termId;

    @Column(name = "from_membership_id", nullable = false)
    public Long fromMembershipId;

    @Column(name = "to_membership_id", nullable = false)
    public Long toMembershipId;

    @Column(name = "to_previous_role")
    public String toPreviousRole;
}
