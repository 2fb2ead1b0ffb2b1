package vn.thidua.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ListingTest {

    @Test
    void aListCountsItsRootOverTheSameConditions() {
        assertEquals("select count(*) from Unit u where 1 = 1 and u.kind = :kind",
                Listing.countQuery("from Unit u where 1 = 1 and u.kind = :kind"));
        assertEquals("select count(*) from Bloc where provinceId = :provinceId",
                Listing.countQuery("from Bloc where provinceId = :provinceId"));
    }

    @Test
    void fetchesAreJoinsInTheCountAndTheSelectionGoes() {
        assertEquals("select count(*) from Campaign c left join c.term t left join t.bloc where t.id = :termId",
                Listing.countQuery("select c from Campaign c left join fetch c.term t left join FETCH t.bloc where t.id = :termId"));
    }

    @Test
    void aDistinctSelectionIsCountedDistinct() {
        assertEquals("select count(distinct s) from UnitSuccession s join s.predecessors p where p.id = ?1",
                Listing.countQuery("select distinct s from UnitSuccession s join s.predecessors p where p.id = ?1"));
    }

    @Test
    void theOuterOrderGoesButASubquerysStays() {
        assertEquals("select count(*) from Membership m join m.unit u where m.term.id = ?1",
                Listing.countQuery("from Membership m join fetch m.unit u where m.term.id = ?1 order by case m.role when 1 then 0 end, u.name"));
        assertEquals("select count(*) from Term t where exists (select 1 from Membership m where m.term = t order by m.id)",
                Listing.countQuery("from Term t where exists (select 1 from Membership m where m.term = t order by m.id)"));
    }

    @Test
    void aBareConditionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Listing.countQuery("provinceId = ?1"));
    }
}
