package vn.vaxpass.functions.verify.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Terraform gives the verify function no database (no URL, no secret, no VPC): these tests run it the same way, so
 * a verification path that started to read a table would fail here before it failed in AWS.
 */
@QuarkusTest
class VerifyFunctionRunsWithoutADatabase {

    @Test
    void noDatabaseIsConfigured() {
        assertThat(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.reactive.url", String.class)).isEmpty();
        assertThat(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class)).isEmpty();
    }

    @Test
    void stillServesTheTrustList() {
        given().when().get("/v1/trust-list").then().statusCode(200);
    }
}
