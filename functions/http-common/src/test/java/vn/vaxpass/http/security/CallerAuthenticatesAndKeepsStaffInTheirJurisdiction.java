package vn.vaxpass.http.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class CallerAuthenticatesAndKeepsStaffInTheirJurisdiction {

    private static final String PATH = "/test/provinces/{province}/communes/{commune}";

    @Test
    void noTokenIsUnauthenticated() {
        given().when().get(PATH, "01", "00004")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("code", equalTo(SecurityProblemMappers.UNAUTHENTICATED));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthenticated() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(TestTokens.ISSUER).subject("forger").groups(Set.of(Roles.MINISTRY))
                .sign(generator.generateKeyPair().getPrivate());
        as(forged).get(PATH, "01", "00004")
                .then().statusCode(401).body("code", equalTo(SecurityProblemMappers.UNAUTHENTICATED));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        String expired = TestTokens.role(Roles.MINISTRY).expiredAgo(Duration.ofHours(1)).mint();
        as(expired).get(PATH, "01", "00004").then().statusCode(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthenticated() {
        as(TestTokens.role(Roles.MINISTRY).issuer("https://elsewhere.example").mint())
                .get(PATH, "01", "00004").then().statusCode(401);
    }

    @Test
    void aRoleTheEndpointDoesNotAllowIsForbidden() {
        as(TestTokens.facilityStaff("F001")).get(PATH, "01", "00004")
                .then().statusCode(403).body("code", equalTo(SecurityProblemMappers.ROLE_NOT_ALLOWED));
    }

    @Test
    void communeStaffReachTheirOwnCommune() {
        as(TestTokens.role(Roles.COMMUNE_HEALTH).province("01").commune("00004").subject("station-4").mint())
                .get(PATH, "01", "00004").then().statusCode(200).body(equalTo("station-4"));
    }

    @Test
    void communeStaffDoNotReachTheNeighbouringCommune() {
        as(TestTokens.communeHealth("01", "00004")).get(PATH, "01", "00007")
                .then().statusCode(403).body("code", equalTo(Caller.OUTSIDE_JURISDICTION));
    }

    @Test
    void provinceStaffReachEveryCommuneOfTheirProvinceOnly() {
        String hanoi = TestTokens.provinceHealth("01");
        as(hanoi).get(PATH, "01", "00007").then().statusCode(200);
        as(hanoi).get(PATH, "79", "26734").then().statusCode(403).body("code", equalTo(Caller.OUTSIDE_JURISDICTION));
    }

    @Test
    void theMinistryReachesEveryCommune() {
        as(TestTokens.ministry()).get(PATH, "79", "26734").then().statusCode(200);
    }

    @Test
    void communeStaffAreBoundByTheirCommuneAlone() {
        as(TestTokens.role(Roles.COMMUNE_HEALTH).commune("00004").mint()).get(PATH, "01", "00004")
                .then().statusCode(200);
    }

    @Test
    void aCommuneRoleWithoutItsCommuneClaimIsForbidden() {
        as(TestTokens.role(Roles.COMMUNE_HEALTH).province("01").mint()).get(PATH, "01", "00004")
                .then().statusCode(403).body("code", equalTo(Caller.TOKEN_WITHOUT_JURISDICTION));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).when();
    }
}
