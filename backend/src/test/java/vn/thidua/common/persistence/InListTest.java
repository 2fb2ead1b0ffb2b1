package vn.thidua.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void eachValueIsAParameterPaddedToAPowerOfTwoWithTheLastValue() {
        InList three = InList.of("ids", List.of(7L, 8L, 9L));
        assertEquals("u.id in (:ids0, :ids1, :ids2, :ids3)", three.in("u.id"));
        Map<String, Object> bound = new LinkedHashMap<>();
        three.putInto(bound);
        assertEquals(Map.of("ids0", 7L, "ids1", 8L, "ids2", 9L, "ids3", 9L), bound);
        Map<String, Object> panache = three.parameters();
        assertEquals(bound, panache);
        panache.put("year", 2025); // the query's other parameters join the same map
        assertEquals(5, panache.size());
    }

    @Test
    void aFewQueryStringsServeEverySize() {
        assertEquals("x = :v0", InList.of("v", List.of(1)).in("x"));
        assertEquals("x in (:v0, :v1)", InList.of("v", List.of(1, 2)).in("x"));
        assertEquals(InList.of("v", List.of(1, 2, 3, 4, 5)).in("x"), InList.of("v", List.of(1, 2, 3, 4, 5, 6, 7, 8)).in("x"));
    }

    @Test
    void anEmptyListMatchesNoRow() {
        InList none = InList.of("scope", List.of());
        assertEquals("1 = 0", none.in("e.provinceId"));
        Map<String, Object> bound = new LinkedHashMap<>();
        none.putInto(bound);
        assertEquals(Map.of(), bound);
    }
}
