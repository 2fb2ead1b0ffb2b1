package vn.thidua.bloc;

/** KHOI: khối thi đua (by sector); CUM: cụm thi đua (by area). */
public enum BlocKind {
    KHOI, CUM
}
