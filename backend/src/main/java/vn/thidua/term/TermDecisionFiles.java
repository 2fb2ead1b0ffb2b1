package vn.thidua.term;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.audit.OwnedFiles;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileOwner;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;

/**
 * The scans of a term's decision (Quyết định thành lập / kiện toàn khối): an official act, so a
 * new scan supersedes the current one and both are kept. Readable by whoever may read the term.
 */
@ApplicationScoped
@Traced
public class TermDecisionFiles implements FileOwner {

    @Inject
    TermRepository terms;

    @Inject
    TermService termService;

    @Inject
    OwnedFiles ownedFiles;

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
        return ownedFiles.store(FileKind.DECISION_SCAN, term, upload, supersedes);
    }

    @Transactional
    public List<StoredFileData> list(long termId) {
        termService.get(termId);
        return ownedFiles.list(TermService.ENTITY, termId, FileKind.DECISION_SCAN);
    }
}
