package vn.thidua.conference;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.audit.AuditedFile;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileOwner;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFile;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.term.TermGuard;
import vn.thidua.security.CurrentUser;

/**
 * The signed minutes' scans of a conference (an official act: a new scan supersedes the current one,
 * both kept). Uploaded by the term's managers once the conference is HELD (and, to supersede, after
 * the minutes are signed); read by the bloc, and by everyone who sees the conference once signed.
 */
@ApplicationScoped
@Traced
public class ConferenceMinutesFiles implements FileOwner {

    @Inject
    ConferenceService service;

    @Inject
    FileService files;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Override
    public String ownerType() {
        return Conference.ENTITY;
    }

    @Override
    public void checkRead(long conferenceId) {
        requireReadable(service.load(conferenceId));
    }

    @ReadOnly
    public List<StoredFileData> list(long conferenceId) {
        requireReadable(service.load(conferenceId));
        return files.list(Conference.ENTITY, conferenceId, FileKind.MINUTES_SCAN).stream().map(StoredFileData::of).toList();
    }

    @Transactional
    public StoredFileData upload(long conferenceId, FileService.Upload upload, Long supersedes,
            String correctionReason) {
        // The conference's row lock serialises uploads, so it never has two current scans.
        ConferenceService.Loaded loaded = service.loadForWrite(conferenceId, null, correctionReason);
        Conference c = loaded.conference();
        String correction = TermGuard.correctionReasonFor(c.term, correctionReason);
        if (!ConferenceService.WITH_MINUTES.contains(c.status)) {
            throw DomainException.conflict("CONFERENCE_NOT_HELD", Text.of(
                    "Hội nghị đang ở bước “{0}”; bản quét biên bản chỉ tải lên được sau khi hội nghị đã tổ chức.",
                    "The conference is “{0}”; the minutes' scan can be attached only once it was held.").with(c.status));
        }
        StoredFile file = files.store(FileKind.MINUTES_SCAN, Conference.ENTITY, conferenceId, upload, supersedes,
                user.username());
        service.touch(c);
        audit.record(correction == null ? AuditOperation.CREATE : AuditOperation.CORRECTION, new AuditedFile(file.id, c),
                Map.of(), AuditedFile.snapshot(file), correction);
        if (supersedes != null) {
            audit.updated(new AuditedFile(supersedes, c), Map.of(), Map.of("supersededBy", file.id), correction);
        }
        return StoredFileData.of(file);
    }

    private static void requireReadable(ConferenceService.Loaded loaded) {
        if (!loaded.party().insider() && loaded.conference().status != ConferenceStatus.MINUTES_SIGNED) {
            throw ConferenceService.notFound();
        }
    }
}
