package vn.thidua.audit;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFile;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.security.CurrentUser;

/**
 * A feature's files stored and audited in one call: the new file is a CREATE event of a StoredFile in
 * the owner's province, and a superseded one gets an UPDATE naming its successor. The feature checks
 * access (and locks its owning row) first, in the same transaction.
 */
@ApplicationScoped
public class OwnedFiles {

    @Inject
    FileService files;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFileData store(FileKind kind, Audited owner, FileService.Upload upload, Long supersedes) {
        return store(kind, owner, upload, supersedes, null);
    }

    /**
     * As {@link #store(FileKind, Audited, FileService.Upload, Long)}; with a {@code correction} reason (a closed
     * year corrected by the Board) the events are CORRECTIONs carrying it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFileData store(FileKind kind, Audited owner, FileService.Upload upload, Long supersedes, String correction) {
        StoredFile file = files.store(kind, owner.auditType(), owner.auditId(), upload, supersedes, user.username());
        audit.record(correction == null ? AuditOperation.CREATE : AuditOperation.CORRECTION, new AuditedFile(file.id, owner),
                Map.of(), AuditedFile.snapshot(file), correction);
        if (supersedes != null) {
            audit.updated(new AuditedFile(supersedes, owner), Map.of(), Map.of("supersededBy", file.id), correction);
        }
        return StoredFileData.of(file);
    }

    /** The owner's files of these kinds, each kind newest first, in the order the kinds are given. */
    public List<StoredFileData> list(String ownerType, long ownerId, FileKind... kinds) {
        return java.util.Arrays.stream(kinds).flatMap(kind -> files.list(ownerType, ownerId, kind).stream())
                .map(StoredFileData::of).toList();
    }

    public boolean any(String ownerType, long ownerId, FileKind... kinds) {
        return !list(ownerType, ownerId, kinds).isEmpty();
    }
}
