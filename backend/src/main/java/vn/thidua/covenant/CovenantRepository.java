package vn.thidua.covenant;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CovenantRepository implements PanacheRepository<Covenant> {

    public Optional<Covenant> findFull(Long id) {
        return find("from Covenant c join fetch c.term t join fetch t.bloc where c.id = ?1", id).firstResultOptional();
    }

    public List<Covenant> ofTerm(Long termId) {
        return find("from Covenant c join fetch c.term t join fetch t.bloc where t.id = ?1", termId).list();
    }

    public List<CovenantSignature> signatures(Long covenantId) {
        return getEntityManager().createQuery("select s from CovenantSignature s join fetch s.unit where s.covenant.id = ?1"
                + " order by s.signedOn, s.id", CovenantSignature.class).setParameter(1, covenantId).getResultList();
    }

    public Optional<CovenantSignature> signature(Long id) {
        return getEntityManager().createQuery("select s from CovenantSignature s join fetch s.unit join fetch s.covenant c"
                + " join fetch c.term t join fetch t.bloc where s.id = ?1", CovenantSignature.class).setParameter(1, id)
                .getResultStream().findFirst();
    }
}
