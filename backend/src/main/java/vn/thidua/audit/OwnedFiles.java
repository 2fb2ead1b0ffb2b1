package vn.thidua.audit;

import java.util.LinkedHashMap;
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

    static final String ENTITY = "StoredFile";

    @Inject
    FileService files;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFileData store(FileKind kind, Audited owner, FileService.Upload upload, Long supersedes) {
        StoredFile file = files.store(kind, owner.auditType(), owner.auditId(), upload, supersedes, user.username());
        audit.created(new Entry(file.id, owner.auditProvinceId()), snapshot(file));
        if (supersedes != null) {
            audit.updated(new Entry(supersedes, owner.auditProvinceId()), Map.of(), Map.of("supersededBy", file.id), null);
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

    private record Entry(Long id, Long province) implements Audited {
        @Override
        public String auditType() {
            return ENTITY;
        }

        @Override
        public Long auditId() {
            return id;
        }

        @Override
        public Long auditProvinceId() {
            return province;
        }
    }

    private static Map<String, Object> snapshot(StoredFile file) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", file.kind.name());
        values.put("owner", file.ownerType + " " + file.ownerId);
        values.put("name", file.originalName);
        values.put("mediaType", file.mediaType);
        values.put("size", file.sizeBytes);
        values.put("sha256", file.sha256);
        return values;
    }
}
