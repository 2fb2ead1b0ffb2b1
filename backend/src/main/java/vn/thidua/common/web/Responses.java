package vn.thidua.common.web;

import java.net.URI;

import jakarta.ws.rs.core.Response;

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

    public static Response noContent() {
        return Response.noContent().build();
    }
}
