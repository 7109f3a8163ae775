package org.taskforce.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.calendar.boundary.EventNotFoundException;
import org.taskforce.portal.provisioning.boundary.DirectoryUnavailableException;
import org.taskforce.portal.tenancy.NotCoordinatorException;
import org.taskforce.portal.web.ErrorPage.Kind;

/** The error page names the cause a person can act on. */
class ErrorPageTest {

    @Test
    void statusCodesDecideForbiddenAndNotFound() {
        assertEquals(Kind.SIGN_IN_FAILED, ErrorPage.classify(null, 401));
        assertEquals(Kind.FORBIDDEN, ErrorPage.classify(null, 403));
        assertEquals(Kind.NOT_FOUND, ErrorPage.classify(null, 404));
        assertEquals(Kind.INTERNAL, ErrorPage.classify(null, 500));
    }

    @Test
    void aCoordinatorsActionRefusedByAServiceIsForbiddenWhereverItIsWrapped() {
        RuntimeException wrapped = new RuntimeException("Faces", new NotCoordinatorException());

        assertEquals(Kind.FORBIDDEN, ErrorPage.classify(wrapped, 500));
    }

    @Test
    void aRecordAServiceDidNotFindIsNotFoundWhereverItIsWrapped() {
        RuntimeException wrapped = new RuntimeException("Faces", new EventNotFoundException(42));

        assertEquals(Kind.NOT_FOUND, ErrorPage.classify(wrapped, 500));
    }

    @Test
    void keycloakUnreachableForProvisioningIsAnIdentityProviderError() {
        RuntimeException wrapped = new RuntimeException("Faces",
                new DirectoryUnavailableException(new java.net.SocketTimeoutException("read timed out")));

        assertEquals(Kind.IDENTITY_PROVIDER, ErrorPage.classify(wrapped, 500));
    }

    @Test
    void aLostDatabaseConnectionAnywhereInTheCausesIsADatabaseError() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        RuntimeException wrapped = new RuntimeException("EJB failed", new IllegalStateException("JPA", refused));

        assertEquals(Kind.DATABASE, ErrorPage.classify(wrapped, 500));
    }

    @Test
    void aSqlErrorThatIsNotAboutTheConnectionIsInternal() {
        SQLException syntax = new SQLException("syntax error", "42601");

        assertEquals(Kind.INTERNAL, ErrorPage.classify(new RuntimeException(syntax), 500));
    }

    @Test
    void anUnreachableServerDuringOpenIdSignInIsAnIdentityProviderError() {
        ConnectException refused = new ConnectException("Connection refused");
        refused.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.net.Socket", "connect", "Socket.java", 1),
            new StackTraceElement("org.glassfish.soteria.mechanisms.openid.controller.ProviderMetadataController",
                    "getDocument", "ProviderMetadataController.java", 1)
        });

        assertEquals(Kind.IDENTITY_PROVIDER, ErrorPage.classify(new IllegalStateException(refused), 500));
    }

    @Test
    void anUnreachableServerElsewhereIsInternal() {
        ConnectException refused = new ConnectException("Connection refused");
        refused.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.example.Other", "call", "Other.java", 1)
        });

        assertEquals(Kind.INTERNAL, ErrorPage.classify(refused, 500));
    }
}
