package vn.thidua.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Files in a folder ({@code thidua.files.dir}): {@code ab/cd/<uuid>} once published, and
 * {@code .pending/<uuid>} while the transaction that wrote it is open. Published by an atomic
 * rename on the same file system, after the content is forced to disk.
 */
@ApplicationScoped
public class FilesystemFileStore implements FileStore {

    private static final Logger LOG = Logger.getLogger(FilesystemFileStore.class);
    private static final String PENDING = ".pending";
    /** Pending files older than this belong to no open transaction (a crash): swept at start. */
    private static final Duration STALE = Duration.ofHours(1);

    @ConfigProperty(name = "thidua.files.dir")
    Path root;

    @PostConstruct
    void init() {
        try {
            Files.createDirectories(root.resolve(PENDING));
            sweepStalePending();
        } catch (IOException e) {
            // Not fatal: readiness reports the store down and uploads answer 503.
            LOG.errorf("File store %s is not usable: %s", root, e.getMessage());
        }
    }

    @Override
    public Pending write(InputStream content) throws IOException {
        String key = UUID.randomUUID().toString();
        Path pending = pendingPath(key);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (FileChannel out = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = content.read(buffer)) > 0;) {
                sha256.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                size += n;
            }
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pending);
            throw e;
        }
        return new Pending(key, HexFormat.of().formatHex(sha256.digest()), size);
    }

    @Override
    public void publish(Pending pending) throws IOException {
        Path target = publishedPath(pending.key());
        Files.createDirectories(target.getParent());
        Files.move(pendingPath(pending.key()), target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void discard(String key) {
        for (Path path : new Path[] { pendingPath(key), publishedPath(key) }) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warnf("Could not remove %s: %s", path.getFileName(), e.getMessage());
            }
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(publishedPath(key));
    }

    @Override
    public void probe() throws IOException {
        Path probe = root.resolve(PENDING).resolve("probe-" + UUID.randomUUID());
        try {
            Files.write(probe, new byte[] { 1 }, StandardOpenOption.CREATE_NEW, StandardOpenOption.DSYNC);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    Path root() {
        return root;
    }

    private Path pendingPath(String key) {
        return root.resolve(PENDING).resolve(checked(key));
    }

    private Path publishedPath(String key) {
        String k = checked(key);
        return root.resolve(k.substring(0, 2)).resolve(k.substring(2, 4)).resolve(k);
    }

    /** Keys are made here (UUIDs); anything else never reaches the file system. */
    private static String checked(String key) {
        UUID.fromString(key);
        return key;
    }

    private void sweepStalePending() throws IOException {
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> files = Files.list(root.resolve(PENDING))) {
            files.filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(before);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warnf("Could not sweep %s: %s", p.getFileName(), e.getMessage());
                }
            });
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
