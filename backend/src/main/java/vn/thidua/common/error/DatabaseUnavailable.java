package vn.thidua.common.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * The database cannot be reached (down, restarting, failing over, pool exhausted): 503 with
 * Retry-After, so that clients and proxies wait and retry instead of reporting a 500. Usually
 * nothing was written; when the connection broke during the commit itself the outcome is unknown,
 * so the message tells the user to check before sending a change again.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying; a restart or failover takes about that long. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** Hibernate's message when the pool gives it no connection. */
    private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    /**
     * True when e, one of its causes or a suppressed exception (a failed commit keeps the driver's
     * error there) says that the connection to the database failed.
     */
    static boolean causedBy(Throwable e) {
        return Causes.any(e, DatabaseUnavailable::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable e) {
        if (e instanceof JDBCConnectionException || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException) {
            return true;
        }
        // No connection could be had from the pool: none created in time (acquisition timeout),
        // or a pooled one died as it joined the transaction (the driver's cause is not kept).
        if (e instanceof JDBCException jdbc && String.valueOf(jdbc.getMessage()).startsWith(NO_CONNECTION)) {
            return true;
        }
        return e instanceof SQLException sql && isConnectionState(sql.getSQLState());
    }

    /** SQLSTATE class 08: connection exception. */
    private static boolean isConnectionState(String state) {
        return state != null && state.startsWith("08");
    }

    static Response respond(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Database unavailable, answering 503: %s", rootMessage(e));
        return Response.fromResponse(Problems.respond(ProblemKind.UNAVAILABLE, "DATABASE_UNAVAILABLE",
                Text.of("Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít giây; nếu vừa lưu một thay đổi, "
                        + "hãy tải lại trang để kiểm tra trước khi gửi lại.",
                        "The database is temporarily unreachable. Please retry in a few seconds; if you were saving a "
                                + "change, reload to check whether it was saved before sending it again."),
                headers, uri)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Problems.clean(root.getClass().getSimpleName() + ": " + root.getMessage());
    }
}
