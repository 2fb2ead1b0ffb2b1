package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The benchmark's unverified-token switch cannot be turned on outside the bench profile. */
class BenchUnverifiedTokensTest {

    @Test
    void askingForItOutsideTheBenchProfileStopsTheStart() {
        BenchUnverifiedTokens tokens = new BenchUnverifiedTokens();
        tokens.requested = true;
        assertThrows(IllegalStateException.class, tokens::decide);
    }
}
