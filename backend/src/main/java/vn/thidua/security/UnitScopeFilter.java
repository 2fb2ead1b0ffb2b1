package vn.thidua.security;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Officers act for their unit: a token whose {@code unit} claim names no active unit is refused
 * (403) on every operation, before any resource runs.
 */
public class UnitScopeFilter {

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public void requireActiveUnitForOfficers() {
        if (!user.isAnonymous() && user.isOfficer()) {
            user.unit();
        }
    }
}
