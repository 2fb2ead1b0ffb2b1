package vn.thidua.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;

/**
 * Stores and serves files for the features that own them. A store runs in the caller's
 * transaction: the content is written to a pending object first, the row is flushed, the
 * content is published last; if the transaction then rolls back, the content is removed. So a
 * committed row always has its content, and a failed upload leaves neither row nor file.
 */
@ApplicationScoped
@Traced
public class FileService {

    private static final Logger LOG = Logger.getLogger(FileService.class);

    @Inject
    FileStore store;

    @Inject
    StoredFileRepository files;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<FileOwner> owners;

    /** An uploaded content (already received into a temporary file by the HTTP layer). */
    public record Upload(Path content, String fileName) {
    }

    /**
     * Stores {@code upload} as the owner's file of this kind. When the owner already has a current
     * file of an official act's kind, the upload must name it in {@code supersedes}: it is then
     * marked superseded by the new one (both kept); nothing is ever replaced in place.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(FileKind kind, String ownerType, long ownerId, Upload upload, Long supersedes,
            String uploadedBy) {
        long size = sizeOf(upload.content());
        if (size == 0) {
            throw DomainException.invalid("FILE_EMPTY", "file", Text.of("Tệp rỗng.", "The file is empty."));
        }
        if (size > kind.maxBytes()) {
            throw new DomainException(ProblemKind.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", Text.of(
                    "Tệp " + kind.vi() + " tối đa " + megabytes(kind.maxBytes()) + " MB; tệp đã gửi " + megabytes(size) + " MB.",
                    "A " + kind.en() + " is at most " + megabytes(kind.maxBytes()) + " MB; this one is " + megabytes(size) + " MB."));
        }
        String mediaType = detect(upload.content());
        if (!kind.mediaTypes().contains(mediaType)) {
            String allowed = String.join(", ", new TreeSet<>(kind.mediaTypes()));
            throw new DomainException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "FILE_TYPE_NOT_ALLOWED", Text.of(
                    "Nội dung tệp là " + mediaType + "; " + kind.vi() + " chỉ nhận " + allowed + ".",
                    "The file's content is " + mediaType + "; a " + kind.en() + " must be one of " + allowed + "."));
        }
        Optional<StoredFile> current = files.findCurrent(ownerType, ownerId, kind);
        checkSupersedes(kind, current, supersedes);

        FileStore.Pending pending = write(upload.content());
        // From here on, a rollback (of this or anything later in the transaction) removes the content.
        transactions.registerInterposedSynchronization(new DiscardUnlessCommitted(store, pending.key()));
        StoredFile file = new StoredFile();
        file.kind = kind;
        file.ownerType = ownerType;
        file.ownerId = ownerId;
        file.storageKey = pending.key();
        file.sha256 = pending.sha256();
        file.sizeBytes = pending.size();
        file.mediaType = mediaType;
        file.originalName = FileNames.sanitise(upload.fileName());
        file.uploadedBy = uploadedBy;
        files.persist(file);
        current.ifPresent(old -> old.supersededBy = file.id);
        em.flush();
        publish(pending);
        return file;
    }

    public List<StoredFile> list(String ownerType, long ownerId, FileKind kind) {
        return files.findOwnedBy(ownerType, ownerId, kind);
    }

    /** Of these owners, how many current files of this kind each has (for a page of records, one statement). */
    public java.util.Map<Long, Integer> currentCounts(String ownerType, java.util.Collection<Long> ownerIds, FileKind kind) {
        return files.currentCounts(ownerType, ownerIds, kind);
    }

    /** Of these owners, those that have a current file of this kind (for a page of records, one statement). */
    public java.util.Set<Long> ownersWithCurrent(String ownerType, java.util.Collection<Long> ownerIds, FileKind kind) {
        return files.ownersWithCurrent(ownerType, ownerIds, kind);
    }

    /** What a download sends: the stored name, a media type safe to declare, the size, hash and content. */
    public record Download(String name, String mediaType, long size, String sha256, InputStream content) {
    }

    /**
     * The file's content, once its owner's read access allowed it (404 otherwise). Only the kind's
     * own types are declared as such; anything else would go out as opaque bytes.
     */
    @Transactional
    public Download download(long id) {
        StoredFile file = files.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("FILE_NOT_FOUND", Text.of("tệp", "file")));
        owners.stream().filter(o -> o.ownerType().equals(file.ownerType)).findFirst()
                .orElseThrow(() -> DomainException.notFound("FILE_NOT_FOUND", Text.of("tệp", "file"))).checkRead(file.ownerId);
        String type = file.kind.mediaTypes().contains(file.mediaType) ? file.mediaType : "application/octet-stream";
        try {
            return new Download(file.originalName, type, file.sizeBytes, file.sha256, store.open(file.storageKey));
        } catch (IOException e) {
            LOG.errorf("Content of file %d (%s) unreadable: %s", file.id, file.storageKey, e.getMessage());
            throw storageFailure();
        }
    }

    private static void checkSupersedes(FileKind kind, Optional<StoredFile> current, Long supersedes) {
        if (supersedes == null) {
            if (current.isPresent() && kind.officialAct()) {
                throw DomainException.conflict("OFFICIAL_FILE_ATTACHED", Text.of(
                        "Đã có " + kind.vi() + " \"" + current.get().originalName + "\". Văn bản chính thức không bị ghi đè: "
                                + "hãy tải lên bản thay thế (ghi rõ bản hiện hành trong supersedes), cả hai bản đều được lưu.",
                        "A " + kind.en() + " \"" + current.get().originalName + "\" is attached. An official act's file is never "
                                + "overwritten: upload a superseding one (name the current one in supersedes); both are kept."));
            }
            return;
        }
        if (current.isEmpty() || !current.get().id.equals(supersedes)) {
            throw DomainException.conflict("NOT_THE_CURRENT_FILE", Text.of(
                    current.map(c -> "Chỉ bản hiện hành (\"" + c.originalName + "\") mới có thể được thay thế.")
                            .orElse("Chưa có " + kind.vi() + " nào để thay thế."),
                    current.map(c -> "Only the current file (\"" + c.originalName + "\") can be superseded.")
                            .orElse("There is no " + kind.en() + " to supersede yet.")));
        }
    }

    private FileStore.Pending write(Path content) {
        try (InputStream in = Files.newInputStream(content)) {
            return store.write(in);
        } catch (IOException e) {
            LOG.errorf("File store write failed: %s", e.getMessage());
            throw storageFailure();
        }
    }

    private void publish(FileStore.Pending pending) {
        try {
            store.publish(pending);
        } catch (IOException e) {
            LOG.errorf("File store publish failed: %s", e.getMessage());
            throw storageFailure();
        }
    }

    private static String detect(Path content) {
        try {
            return MediaTypes.detect(content);
        } catch (IOException e) {
            throw storageFailure();
        }
    }

    private static long sizeOf(Path content) {
        try {
            return Files.size(content);
        } catch (IOException e) {
            throw storageFailure();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    static DomainException storageFailure() {
        return new DomainException(ProblemKind.UNAVAILABLE, "FILE_STORAGE_FAILED", Text.of(
                "Không lưu được tệp do lỗi kho lưu trữ (ổ đĩa đầy hoặc không ghi được). Không có gì được ghi; hãy thử lại sau.",
                "The file could not be stored (disk full or storage error). Nothing was saved; try again later."));
    }

    /** Removes a written content when its transaction does not commit. */
    private record DiscardUnlessCommitted(FileStore store, String key) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                store.discard(key);
            }
        }
    }
}
