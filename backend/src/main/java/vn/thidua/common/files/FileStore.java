package vn.thidua.common.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where file contents live (a folder by default, see {@link FilesystemFileStore}). A write is in
 * two steps so that the database decides: {@link #write} makes a pending object nobody sees,
 * {@link #publish} makes it visible under its key, {@link #discard} removes either.
 */
public interface FileStore {

    /** A written, not yet visible object: its key, SHA-256 (hex) and size, computed while streaming. */
    record Pending(String key, String sha256, long size) {
    }

    Pending write(InputStream content) throws IOException;

    void publish(Pending pending) throws IOException;

    /** Removes the pending and the published object of this key, if any; never throws. */
    void discard(String key);

    InputStream open(String key) throws IOException;

    /** Throws unless a file can be written now (readiness). */
    void probe() throws IOException;
}
