package vn.thidua.award;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.OwnedFiles;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileOwner;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;

/** The signed award decision's scan (Quyết định khen thưởng), attached by the Board while appraising or once decided. */
@ApplicationScoped
@Traced
public class AwardDecisionFiles implements FileOwner {

    @Inject
    AwardProposalService service;

    @Inject
    OwnedFiles ownedFiles;

    @Override
    public String ownerType() {
        return AwardProposal.ENTITY;
    }

    @Override
    public void checkRead(long proposalId) {
        service.load(proposalId);
    }

    @ReadOnly
    public List<StoredFileData> list(long proposalId) {
        service.load(proposalId);
        return ownedFiles.list(AwardProposal.ENTITY, proposalId, FileKind.DECISION_SCAN);
    }

    @Transactional
    public StoredFileData upload(long proposalId, FileService.Upload upload, Long supersedes) {
        AwardProposalService.Loaded loaded = service.loadForFiles(proposalId);
        AwardProposalService.requireBoardOf(loaded.party());
        AwardProposal p = loaded.proposal();
        if (p.status != AwardProposalStatus.APPRAISING && p.status != AwardProposalStatus.DECIDED) {
            throw DomainException.conflict("AWARD_PROPOSAL_NOT_APPRAISING", Text.of(
                    "Hồ sơ đang ở bước “{0}”; bản quét quyết định chỉ tải lên khi đang thẩm định hoặc đã có quyết định.",
                    "The dossier is “{0}”; the decision's scan is attached while appraising or once decided.").with(p.status));
        }
        StoredFileData stored = ownedFiles.store(FileKind.DECISION_SCAN, p, upload, supersedes);
        service.touch(p);
        return stored;
    }
}
