package vn.thidua.common.files;

/**
 * The feature that owns files of one owner type (a term for its decision scans): a file is read
 * by whoever may read its owning record. Implemented by the owning feature as a CDI bean.
 */
public interface FileOwner {

    /** The owner type stored with the file ("Term"). */
    String ownerType();

    /** Throws the owning record's refusal (404 for an id the caller may not see). */
    void checkRead(long ownerId);
}
