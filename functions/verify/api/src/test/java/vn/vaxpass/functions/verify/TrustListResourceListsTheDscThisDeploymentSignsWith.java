package vn.vaxpass.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.signing.Signer;

@QuarkusTest
class TrustListResourceListsTheDscThisDeploymentSignsWith {

    @Inject
    Signer signer;

    @Test
    void listsTheDscThisDeploymentSignsWith() {
        given().when().get("/v1/trust-list")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kid", equalTo(Base64.getEncoder().encodeToString(signer.kid())))
                .body("[0].country", equalTo("VN"))
                .body("[0].certificateType", equalTo("DSC"));
    }
}
