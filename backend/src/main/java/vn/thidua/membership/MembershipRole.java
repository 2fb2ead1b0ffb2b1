package vn.thidua.membership;

/** Trưởng khối, Phó trưởng khối, thành viên. */
public enum MembershipRole {
    LEADER, DEPUTY, MEMBER
}
