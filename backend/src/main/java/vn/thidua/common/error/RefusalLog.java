package vn.thidua.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.CurrentIdentityAssociation;

/** Logs who was refused where (UTC timestamps come from the log format). */
@ApplicationScoped
public class RefusalLog {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class);

    @Inject
    CurrentIdentityAssociation identities;

    void unauthenticated(UriInfo uri) {
        LOG.infof("Authentication refused on %s", Problems.clean(path(uri)));
    }

    void forbidden(UriInfo uri) {
        String who = "-";
        try {
            var identity = identities.getIdentity();
            who = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        } catch (RuntimeException e) {
            // no established identity: keep "-"
        }
        LOG.infof("Authorisation refused for %s on %s", Problems.clean(who), Problems.clean(path(uri)));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
