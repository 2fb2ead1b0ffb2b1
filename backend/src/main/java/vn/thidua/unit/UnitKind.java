package vn.thidua.unit;

/** Kinds of member bodies: Sở, Ban, Quỹ, Cục, Hội/Liên minh (mass and socio-economic organisations), other. */
public enum UnitKind {
    SO, BAN, QUY, CUC, HOI, KHAC
}
