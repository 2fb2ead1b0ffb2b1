package vn.thidua.common.web;

import jakarta.ws.rs.core.EntityTag;

/** A response body and the ETag of the resource's representation. */
public record Versioned<T>(T body, EntityTag etag) {
}
