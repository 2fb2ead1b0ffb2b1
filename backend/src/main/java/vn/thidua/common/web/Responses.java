package vn.thidua.common.web;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** Single-resource responses carry their version as an ETag; creations answer 201 + Location. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    public static Response created(String collectionPath, Long id, Object body, long version) {
        return Response.created(URI.create(collectionPath + "/" + id)).entity(body).tag(ETags.of(version)).build();
    }

    public static Response noContent() {
        return Response.noContent().build();
    }
}
