package vn.thidua.common.web;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.thidua.common.document.RenderedFile;
import vn.thidua.common.files.FileNames;

/** Single-resource responses carry their representation's ETag; creations answer 201 + Location. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Versioned<?> versioned) {
        return body(Response.ok(), versioned).tag(versioned.etag()).build();
    }

    public static Response created(String collectionPath, Long id, Versioned<?> versioned) {
        return body(Response.created(URI.create(collectionPath + "/" + id)), versioned).tag(versioned.etag()).build();
    }

    /** The JSON the ETag was hashed from when there is one (not written twice), else the body. */
    private static Response.ResponseBuilder body(Response.ResponseBuilder builder, Versioned<?> versioned) {
        return versioned.json() != null ? builder.entity(versioned.json()).type(MediaType.APPLICATION_JSON_TYPE)
                : builder.entity(versioned.body());
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
