package vn.thidua.common.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A resource's ETag is a strong hash of the representation a client reads (the JSON of its single
 * read, embedded names and counts included), so it changes whenever anything shown changes: a
 * term's leader, a unit's successions, a member unit's name. SHA-256, base64url, first 22 characters
 * (132 bits). Writes compare If-Match against the tag of the current representation inside their
 * transaction ({@link IfMatch#require}); the entities' @Version still guards the moment between that
 * check and the commit.
 */
@ApplicationScoped
public class ETags {

    private static final int LENGTH = 22;

    @Inject
    ObjectMapper json;

    public EntityTag of(Object representation) {
        return new EntityTag(hash(bytes(representation)));
    }

    /**
     * A representation that carries its own tag in its body too, for lists: {@code withTag} puts the
     * quoted tag of {@code untagged} into it (hashed once, as a header would write it).
     */
    public <T> Versioned<T> carrying(T untagged, Function<String, T> withTag) {
        EntityTag tag = of(untagged);
        return new Versioned<>(withTag.apply("\"" + tag.getValue() + "\""), tag);
    }

    /**
     * The representation with its tag, for a response: serialised once, the tag hashed from those
     * bytes and the response sending them.
     */
    public <T> Versioned<T> versioned(T representation) {
        byte[] bytes = bytes(representation);
        return new Versioned<>(representation, new EntityTag(hash(bytes)), bytes);
    }

    /** The tag of {@code tagged} with the body {@code body} (e.g. a write that answers a smaller view). */
    public <T> Versioned<T> versioned(T body, Object tagged) {
        return new Versioned<>(body, of(tagged));
    }

    private byte[] bytes(Object representation) {
        try {
            return json.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Representation not serialisable", e);
        }
    }

    static String hash(byte[] bytes) {
        byte[] digest = SHA_256.get().digest(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, LENGTH);
    }

    /** One digest per thread: looking the provider up at every call cost as much as the hash of a small body. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
