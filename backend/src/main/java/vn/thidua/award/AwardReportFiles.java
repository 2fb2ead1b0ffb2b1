package vn.thidua.award;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.OwnedFiles;
import vn.thidua.common.files.FileOwner;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;

/**
 * A proposed unit's achievement report (báo cáo thành tích), signed and scanned: attached by the unit itself or the
 * term's managers while the dossier is editable (a new one supersedes the current one, both kept); read by whoever
 * reads the dossier.
 */
@ApplicationScoped
@Traced
public class AwardReportFiles implements FileOwner {

    @Inject
    AwardProposalService service;

    @Inject
    OwnedFiles ownedFiles;

    @Override
    public String ownerType() {
        return AwardProposalItem.ENTITY;
    }

    @Override
    public void checkRead(long itemId) {
        AwardProposalItem item = service.em.find(AwardProposalItem.class, itemId);
        if (item == null) {
            throw AwardProposalService.itemNotFound();
        }
        service.load(item.proposal.id);
    }

    @ReadOnly
    public List<StoredFileData> list(long proposalId, long itemId) {
        AwardProposalItem item = service.itemOf(service.load(proposalId), itemId);
        return ownedFiles.list(AwardProposalItem.ENTITY, item.id, AwardProposalLifecycle.REPORT);
    }

    @Transactional
    public StoredFileData upload(long proposalId, long itemId, FileService.Upload upload, Long supersedes) {
        AwardProposalService.Loaded loaded = service.loadForFiles(proposalId);
        AwardProposalItem item = service.itemOf(loaded, itemId);
        TermParty party = loaded.party();
        if (!party.manages()) {
            party.requireActFor(item.unit.id);
        }
        TermGuard.requireOpen(party.term());
        AwardProposalService.requireEditable(loaded.proposal());
        StoredFileData stored = ownedFiles.store(AwardProposalLifecycle.REPORT, item, upload, supersedes);
        service.touch(loaded.proposal());
        return stored;
    }
}
