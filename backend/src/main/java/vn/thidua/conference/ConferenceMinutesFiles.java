package vn.thidua.conference;

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
import vn.thidua.term.TermGuard;

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
    OwnedFiles ownedFiles;

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
        return ownedFiles.list(Conference.ENTITY, conferenceId, FileKind.MINUTES_SCAN);
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
        StoredFileData file = ownedFiles.store(FileKind.MINUTES_SCAN, c, upload, supersedes, correction);
        service.touch(c);
        return file;
    }

    private static void requireReadable(ConferenceService.Loaded loaded) {
        if (!loaded.party().insider() && loaded.conference().status != ConferenceStatus.MINUTES_SIGNED) {
            throw ConferenceService.notFound();
        }
    }
}
