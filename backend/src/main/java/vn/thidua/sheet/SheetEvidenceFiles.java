package vn.thidua.sheet;

import java.util.HashSet;
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
import vn.thidua.scheme.SchemeCriterion;

/**
 * Evidence (minh chứng) of one criterion of a sheet: attached by the unit while its sheet is a draft,
 * read by whoever may see the sheet's self-scores.
 */
@ApplicationScoped
@Traced
public class SheetEvidenceFiles implements FileOwner {

    @Inject
    SheetService sheets;

    @Inject
    ScoringRepository repository;

    @Inject
    OwnedFiles ownedFiles;

    @Override
    public String ownerType() {
        return ScoreEntry.ENTITY;
    }

    @Override
    public void checkRead(long entryId) {
        ScoreEntry e = repository.em().find(ScoreEntry.class, entryId);
        if (e == null || !sheets.load(e.sheet.id).seesSelf()) {
            throw SheetService.notFound();
        }
    }

    @ReadOnly
    public List<StoredFileData> list(long sheetId, long criterionId) {
        SheetViewer v = sheets.load(sheetId);
        SchemeCriterion c = SheetService.criterionOf(SheetService.criteriaOf(v.sheet()), criterionId, new HashSet<>(), "criterion");
        if (!v.seesSelf()) {
            throw SheetService.notFound();
        }
        ScoreEntry e = SheetService.entriesOf(v.sheet()).get(c.id);
        return e == null ? List.of() : ownedFiles.list(ScoreEntry.ENTITY, e.id, FileKind.SCORE_EVIDENCE);
    }

    @Transactional
    public StoredFileData upload(long sheetId, long criterionId, FileService.Upload upload) {
        SheetViewer v = sheets.loadForWrite(sheetId, null, SheetService::requireActsForUnit);
        ScoreSheet s = v.sheet();
        if (s.status != SheetStatus.DRAFT) {
            throw DomainException.conflict("SHEET_NOT_DRAFT", Text.of(
                    "Bảng chấm điểm đang ở bước “{0}”; minh chứng chỉ bổ sung khi bảng còn là dự thảo.",
                    "The sheet is “{0}”; evidence is attached only while it is a draft.").with(s.status));
        }
        SchemeCriterion c = SheetService.criterionOf(SheetService.criteriaOf(s), criterionId, new HashSet<>(), "criterion");
        ScoreEntry e = SheetService.entriesOf(s).get(c.id);
        if (e == null) {
            e = repository.newEntry(s, c);
            repository.em().flush();
        }
        StoredFileData stored = ownedFiles.store(FileKind.SCORE_EVIDENCE, e, upload, null);
        sheets.touch(s);
        return stored;
    }
}
