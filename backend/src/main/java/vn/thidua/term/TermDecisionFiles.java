package vn.thidua.term;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Audited;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileOwner;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFile;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;
import vn.thidua.security.CurrentUser;

/**
 * The scans of a term's decision (Quyết định thành lập / kiện toàn khối): an official act, so a
 * new scan supersedes the current one and both are kept. Readable by whoever may read the term.
 */
@ApplicationScoped
@Traced
public class TermDecisionFiles implements FileOwner {

    static final String ENTITY = "StoredFile";

    @Inject
    TermRepository terms;

    @Inject
    TermService termService;

    @Inject
    FileService files;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Override
    public String ownerType() {
        return TermService.ENTITY;
    }

    @Override
    public void checkRead(long termId) {
        termService.get(termId);
    }

    @Transactional
    public StoredFileData upload(long termId, FileService.Upload upload, Long supersedes) {
        // Another province's term is as missing as an unknown id; read-only callers get 403.
        Term term = termService.findForWrite(termId);
        // The term's row lock serialises uploads, so a term never has two current scans.
        terms.getEntityManager().lock(term, LockModeType.PESSIMISTIC_WRITE);
        StoredFile file = files.store(FileKind.DECISION_SCAN, TermService.ENTITY, termId, upload, supersedes,
                user.username());
        audit.created(new Scan(file.id, term), snapshot(file));
        if (supersedes != null) {
            audit.updated(new Scan(supersedes, term), Map.of(), Map.of("supersededBy", file.id), null);
        }
        return StoredFileData.of(file);
    }

    @Transactional
    public List<StoredFileData> list(long termId) {
        termService.get(termId);
        return files.list(TermService.ENTITY, termId, FileKind.DECISION_SCAN).stream().map(StoredFileData::of).toList();
    }

    /** A scan as the audit trail sees it: a StoredFile in the term's province. */
    private record Scan(Long id, Term term) implements Audited {
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
            return term.auditProvinceId();
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
