package vn.thidua.access;

import java.util.Set;

/**
 * What the caller may reach: {@link Reach#NATIONAL} sees every province and writes nothing; everyone
 * else sees {@link #provinceIds} (their province and its predecessors) and only a
 * {@link Reach#BOARD} admin writes there. {@link #unitId} is an officer's unit.
 */
public record CallerScope(Reach reach, Long provinceId, String provinceCode, Set<Long> provinceIds, Long unitId) {

    public enum Reach {
        /** role national: every province, read only */
        NATIONAL,
        /** role admin with claim province: reads and writes in the province's scope */
        BOARD,
        /** role officer: the unit's province, read only (for now) */
        OFFICER,
        /** viewer, portal: the claim's province, read only */
        READER
    }

    public CallerScope {
        provinceIds = Set.copyOf(provinceIds);
    }

    public static CallerScope national() {
        return new CallerScope(Reach.NATIONAL, null, null, Set.of(), null);
    }

    public boolean isNational() {
        return reach == Reach.NATIONAL;
    }

    public boolean writes() {
        return reach == Reach.BOARD;
    }

    public boolean sees(Long province) {
        return isNational() || province != null && provinceIds.contains(province);
    }
}
