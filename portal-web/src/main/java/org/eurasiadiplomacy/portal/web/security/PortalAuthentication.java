package org.eurasiadiplomacy.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Sign-in by a form on the Faces page /login.xhtml, whose backing bean calls {@code SecurityContext.authenticate}
 * with the typed credential: what {@code @CustomFormAuthenticationMechanismDefinition} does, written out because
 * its redirect to the login page is sent before any servlet filter runs, so it would lack the security headers.
 * Here the headers are set first. A reader who asks for a staff or admin page is redirected to the login page;
 * after signing in, people land on their dashboard. The session keeps the caller ({@link SignedInSession}), not
 * the container's {@code @AutoApplySession}: its record of the caller loses the groups when the session moves to
 * another instance of a cluster, and the next request there was refused (403).
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String PASSWORD_PAGE = "/staff/password.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        // a session id from the address is no session: only the cookie counts (RefusedRequests answers 400)
        Optional<SignedInSession.Caller> signedIn = RefusedRequests.hasSessionIdInAddress(request) ? Optional.empty()
                : SignedInSession.caller(request.getSession(false));
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(signedIn.get().name(), signedIn.get().groups());
        }
        if (context.isProtected()) {
            return context.redirect(PublicRedirects.location(request.getContextPath() + LOGIN_PAGE));
        }
        return context.doNothing();
    }
}
