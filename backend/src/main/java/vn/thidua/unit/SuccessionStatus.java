package vn.thidua.unit;

/** RECORDED: in force. WITHDRAWN: kept for the record, its effects undone. */
public enum SuccessionStatus {
    RECORDED, WITHDRAWN
}
