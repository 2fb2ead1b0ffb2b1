package vn.thidua.bloc;

public enum BlocStatus {
    ACTIVE, DISSOLVED
}
