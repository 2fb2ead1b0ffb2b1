package vn.thidua.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity, so that Hibernate ORM starts as it does in the backend. */
@Entity
@Table(name = "bare_marker")
public class Marker {
    @Id
    public Long id;
}
