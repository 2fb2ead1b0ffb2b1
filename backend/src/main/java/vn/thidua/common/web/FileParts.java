package vn.thidua.common.web;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileResource;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFileData;

/** The parts of an upload form as every upload endpoint reads them: one file, at most one {@code supersedes}. */
public final class FileParts {

    private FileParts() {
    }

    /** The single uploaded file (400 DUPLICATE_FIELD when sent twice, 422 FILE_MISSING when absent). */
    public static FileService.Upload upload(List<FileUpload> allFiles, List<String> allSupersedes, FileUpload file) {
        FormFields.single("file", allFiles);
        FormFields.requireIdIfPresent("supersedes", allSupersedes);
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.invalid("FILE_MISSING", "file", Text.of("Chưa chọn tệp.", "No file was sent (part 'file')."));
        }
        return new FileService.Upload(file.uploadedFile(), file.fileName());
    }

    /** 201 with the file's download address and its SHA-256 as the ETag. */
    public static Response created(StoredFileData stored) {
        return Response.created(URI.create(FileResource.PATH + "/" + stored.id())).entity(stored)
                .tag(new EntityTag(stored.sha256())).build();
    }
}
