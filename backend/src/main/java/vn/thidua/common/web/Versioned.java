package vn.thidua.common.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * A response body and the ETag of the resource's representation. {@code json} is the body as the
 * ETag hashed it, when the body is that representation: the response sends those bytes instead of
 * serialising the body a second time (null when the tag is another object's, or unknown).
 */
public record Versioned<T>(T body, EntityTag etag, byte[] json) {

    public Versioned(T body, EntityTag etag) {
        this(body, etag, null);
    }
}
