package vn.thidua.common.web;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import vn.thidua.common.document.RenderedFile;
import vn.thidua.common.files.FileNames;

/** Single-resource responses carry their representation's ETag; creations answer 201 + Location. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Versioned<?> versioned) {
        return Response.ok(versioned.body()).tag(versioned.etag()).build();
    }

    public static Response created(String collectionPath, Long id, Versioned<?> versioned) {
        return Response.created(URI.create(collectionPath + "/" + id)).entity(versioned.body()).tag(versioned.etag())
                .build();
    }

    /** A generated document sent as a download: never rendered inline, its type not to be sniffed. */
    public static Response attachment(byte[] bytes, String mediaType, String fileName) {
        return Response.ok(bytes, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** A rendered document (PDF, XLSX) as a download under its own name. */
    public static Response attachment(RenderedFile file, String mediaType) {
        return attachment(file.bytes(), mediaType, file.fileName());
    }

    public static Response noContent() {
        return Response.noContent().build();
    }
}
