package vn.thidua.common.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Text;

/**
 * The JSON body limit for requests that declare no Content-Length (chunked transfer): the router's
 * guard ({@link HttpLayerProblems}) refuses a declared length up front, this stops an undeclared one
 * at the same limit while the body is read, so a chunked JSON body cannot grow to the upload limit.
 */
@Provider
public class BoundedBodies implements ReaderInterceptor {

    @ConfigProperty(name = "thidua.http.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            context.setInputStream(new Bounded(context.getInputStream(), maxBodySize.asLongValue()));
        }
        return context.proceed();
    }

    public static DomainException tooLarge(long limit) {
        return new DomainException(ProblemKind.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", Text.of(
                "Nội dung yêu cầu vượt quá {0} byte.", "The request body exceeds {0} bytes.").with(limit));
    }

    /** Counts what is read and fails past the limit. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
