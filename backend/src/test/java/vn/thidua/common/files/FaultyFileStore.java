package vn.thidua.common.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The real folder store with faults a test can arm: the disk fills up in the middle of a write
 * (after some bytes reached the file), or the store fails right after publishing. Disarmed, it
 * is the filesystem store itself, so every other test uses the real thing.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FaultyFileStore extends FilesystemFileStore {

    public enum Fault {
        NONE, DISK_FULL_MID_WRITE, FAIL_AFTER_PUBLISH, READ_ONLY
    }

    private volatile Fault fault = Fault.NONE;

    public void arm(Fault fault) {
        this.fault = fault;
    }

    @Override
    public Pending write(InputStream content) throws IOException {
        if (fault != Fault.DISK_FULL_MID_WRITE) {
            return super.write(content);
        }
        return super.write(new FilterInputStream(content) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > 0) {
                    throw new IOException("No space left on device");
                }
                int n = super.read(b, off, Math.min(len, 1000));
                read += Math.max(n, 0);
                return n;
            }
        });
    }

    @Override
    public void publish(Pending pending) throws IOException {
        super.publish(pending);
        if (fault == Fault.FAIL_AFTER_PUBLISH) {
            throw new IOException("Input/output error");
        }
    }

    @Override
    public void probe() throws IOException {
        if (fault == Fault.READ_ONLY) {
            throw new java.nio.file.AccessDeniedException(root().toString(), null, "Read-only file system");
        }
        super.probe();
    }

    /** Every regular file under the store's folder (pending, published, uploads in flight). */
    public long fileCount() throws IOException {
        if (!Files.exists(root())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(root().resolve(".uploads"))).count();
        }
    }
}
