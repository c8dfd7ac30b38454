package vn.vaxpass.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.vaxpass.certificate.RecordFixture.aRecord;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.verify.VerificationError;

/**
 * The verify function against a published revocation list it fetches over HTTP ({@link PublishedRevocationList}),
 * keeps for {@code vaxpass.revocations.refresh} and fetches again once that has passed on the clock.
 */
@QuarkusTest
@WithTestResource(PublishedRevocationList.class)
class VerifyFunctionChecksThePublishedRevocationList {

    private static final String VERIFY = "/v1/certificates/verify";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Inject
    CertificateIssuer issuer;

    @Inject
    MovableClock clock;

    @Inject
    RevocationListConfig config;

    @AfterEach
    void clockBack() {
        PublishedRevocationList.publish(listUrl());
        clock.reset();
    }

    @Test
    void aRevokedCertificateIsRefusedWithItsCode() {
        String uvci = freshUvci();
        PublishedRevocationList.publish(listUrl(), freshUvci(), uvci);
        afterTheRefresh();

        verified(issued(uvci)).body("valid", equalTo(false))
                .body("error", equalTo(VerificationError.CERTIFICATE_REVOKED.name()))
                .body("message", equalTo(VerificationError.CERTIFICATE_REVOKED.description()))
                .body("revocationChecked", equalTo(true))
                .body("certificate.dcc.v[0].ci", equalTo(uvci));
    }

    @Test
    void aCertificateNotOnTheListPassesAndSaysItWasChecked() {
        PublishedRevocationList.publish(listUrl(), freshUvci());
        afterTheRefresh();

        verified(issued(freshUvci())).body("valid", equalTo(true))
                .body("revocationChecked", equalTo(true))
                .body("message", equalTo("The certificate is valid."));
    }

    @Test
    void aRefreshPicksUpANewlyRevokedCertificate() {
        String uvci = freshUvci();
        String hc1 = issued(uvci);
        PublishedRevocationList.publish(listUrl());
        afterTheRefresh();
        verified(hc1).body("valid", equalTo(true)).body("revocationChecked", equalTo(true));

        PublishedRevocationList.publish(listUrl(), uvci);
        // Until the refresh is due, the list in hand is used.
        verified(hc1).body("valid", equalTo(true));

        afterTheRefresh();
        verified(hc1).body("valid", equalTo(false)).body("error", equalTo(VerificationError.CERTIFICATE_REVOKED.name()));
    }

    @Test
    void aFailedFetchKeepsTheLastGoodList() {
        String uvci = freshUvci();
        String hc1 = issued(uvci);
        PublishedRevocationList.publish(listUrl(), uvci);
        afterTheRefresh();
        verified(hc1).body("error", equalTo(VerificationError.CERTIFICATE_REVOKED.name()));

        PublishedRevocationList.failWith(listUrl(), 503);
        afterTheRefresh();
        verified(hc1).body("valid", equalTo(false))
                .body("error", equalTo(VerificationError.CERTIFICATE_REVOKED.name()))
                .body("revocationChecked", equalTo(true));
    }

    private String listUrl() {
        return config.url().orElseThrow();
    }

    private void afterTheRefresh() {
        clock.moveBy(config.refresh().plusSeconds(1));
    }

    private String issued(String uvci) {
        return issuer.issue(aRecord().build(), uvci, clock.instant()).hc1();
    }

    private static ValidatableResponse verified(String hc1) {
        return given().contentType(ContentType.JSON).body(Map.of("hc1", hc1))
                .when().post(VERIFY).then().statusCode(200);
    }

    private static String freshUvci() {
        return "URN:UVCI:01:VN:%032X".formatted(ProcessHandle.current().pid() * 1_000_000L + NEXT.incrementAndGet());
    }
}
