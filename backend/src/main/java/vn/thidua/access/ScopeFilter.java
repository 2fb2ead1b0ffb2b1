package vn.thidua.access;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import vn.thidua.security.CurrentUser;

/**
 * Every signed-in call resolves the caller's scope before any resource runs, so a token whose unit
 * or province names nothing usable is refused (403) on every operation, reads included.
 */
public class ScopeFilter {

    @Inject
    CurrentUser user;

    @Inject
    ProvinceScope scope;

    @ServerRequestFilter
    public void resolveCallerScope() {
        if (!user.isAnonymous()) {
            scope.caller();
        }
    }
}
