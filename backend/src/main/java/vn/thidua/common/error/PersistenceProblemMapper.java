package vn.thidua.common.error;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What the database refuses: stale versions (412), clashing or concurrent writes (409), odd values (400). */
public class PersistenceProblemMapper {

    private static final Logger LOG = Logger.getLogger(PersistenceProblemMapper.class);

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleVersion(Exception e, HttpHeaders headers, UriInfo uri) {
        return Problems.respond(ProblemKind.PRECONDITION_FAILED, "CONCURRENT_UPDATE",
                Text.of("Bản ghi vừa được người khác cập nhật; hãy tải lại rồi sửa tiếp.",
                        "Someone else updated this record; reload it and apply your change again."), headers, uri);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        LOG.infof("Database constraint %s refused a write", e.getConstraintName());
        return Problems.respond(ProblemKind.CONFLICT, "DUPLICATE_OR_CLASH",
                Text.of("Thao tác trùng hoặc mâu thuẫn với dữ liệu đã có (có thể do người khác vừa thay đổi).",
                        "The change clashes with existing data (possibly a concurrent change)."), headers, uri);
    }

    /** Two writers collided on the same rows (deadlock, lock timeout): the caller may simply retry. */
    @ServerExceptionMapper({ LockAcquisitionException.class, PessimisticLockException.class,
            LockTimeoutException.class })
    public Response lockConflict(Exception e, HttpHeaders headers, UriInfo uri) {
        return concurrentWrite(e, headers, uri);
    }

    /** The answer to any lock conflict, however deep the database's error is wrapped (see LockConflict). */
    static Response concurrentWrite(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.infof("Concurrent write collided: %s", e.getClass().getSimpleName());
        return Problems.respond(ProblemKind.CONFLICT, "CONCURRENT_WRITE", Text.of("Dữ liệu đang được người khác cập nhật; hãy thử lại.",
                "Someone else is updating the same data; try again."), headers, uri);
    }

    /** A value the database cannot hold that validation let through: still the caller's input. */
    @ServerExceptionMapper
    public Response data(DataException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Database refused a value: %s", e.getSQLException().getMessage());
        return Problems.respond(ProblemKind.VALIDATION, "VALUE_OUT_OF_RANGE",
                Text.of("Có giá trị vượt quá giới hạn cho phép.", "A value is out of the allowed range."), headers, uri);
    }

    /** The kind of problem a persistence failure wrapped in another exception stands for, if any. */
    static ProblemKind kindOfCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return ProblemKind.PRECONDITION_FAILED;
            }
            if (t instanceof ConstraintViolationException) {
                return ProblemKind.CONFLICT;
            }
        }
        return null;
    }

    static Response forCause(ProblemKind kind, HttpHeaders headers, UriInfo uri) {
        return Problems.respond(kind, kind == ProblemKind.CONFLICT ? "DUPLICATE_OR_CLASH" : "CONCURRENT_UPDATE", null,
                headers, uri);
    }
}
