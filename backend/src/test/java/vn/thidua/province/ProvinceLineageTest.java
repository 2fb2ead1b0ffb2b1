package vn.thidua.province;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.common.lineage.SuccessionShape;
import vn.thidua.support.Fixtures;

/** The reference successions obey the generic succession rules, and the lineage scope follows them. */
@QuarkusTest
class ProvinceLineageTest {

    @Inject
    ProvinceLineage lineage;

    @Inject
    ProvinceSuccessionRepository successions;

    @Test
    void aMergedProvinceReadsItsPredecessorsHistory() {
        assertEquals(ids("37", "35", "36"), lineage.scopeOf(Fixtures.provinceId("37")));
        assertEquals(ids("19", "06"), lineage.scopeOf(Fixtures.provinceId("19")));
        assertEquals(ids("79", "74", "77"), lineage.scopeOf(Fixtures.provinceId("79")));
    }

    @Test
    void anAbsorbedOrUnchangedProvinceIsItsOwnScope() {
        assertEquals(ids("35"), lineage.scopeOf(Fixtures.provinceId("35")));
        assertEquals(ids("01"), lineage.scopeOf(Fixtures.provinceId("01")));
        assertEquals(ids("46"), lineage.scopeOf(Fixtures.provinceId("46")), "a rename is no predecessor");
    }

    @Test
    @TestTransaction
    void everyReferenceSuccessionHasTheShapeOfItsKind() {
        var all = successions.allWithSides();
        assertEquals(24, all.size(), "23 mergers of 2025 and the Huế rename");
        for (ProvinceSuccession s : all) {
            SuccessionShape.check(s.kind, s.predecessors, s.successors, s.newName);
        }
    }

    private static Set<Long> ids(String... codes) {
        Set<Long> result = new HashSet<>();
        for (String code : codes) {
            result.add(Fixtures.provinceId(code));
        }
        return result;
    }
}
