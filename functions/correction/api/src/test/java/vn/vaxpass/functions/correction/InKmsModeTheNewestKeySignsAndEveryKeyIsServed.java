package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.vaxpass.correction.HandBackKeys;
import vn.vaxpass.testing.TestTokens;

/**
 * The function configured as Terraform configures it (mode kms, key ids oldest first) signs a hand-back through KMS
 * with the newest key, serves both keys by kid, and its check accepts what it signed.
 */
@QuarkusTest
@QuarkusTestResource(value = KmsHandBackKeysStandIn.class, restrictToAnnotatedClass = true)
class InKmsModeTheNewestKeySignsAndEveryKeyIsServed {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String POLICE = TestTokens.communePolice(CleanUpData.PHUC_XA);

    @Inject
    CleanUpData data;

    @BeforeEach
    void data() {
        data.reset();
    }

    @Test
    void aHandBackIsSignedUnderTheNewestKmsKeyAndChecksAgainstTheServedKeys() {
        String olderKid = HandBackKeys.keyId(KmsHandBackKeysStandIn.OLDER.publicKey());
        String newerKid = HandBackKeys.keyId(KmsHandBackKeysStandIn.NEWER.publicKey());
        given().get("/v1/correction/hand-back-keys").then().statusCode(200)
                .body("keys.kid", contains(olderKid, newerKid)).body("keys.crv", contains("P-256", "P-256"));

        String id = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH)
                .then().statusCode(201).extract().path("id");
        String listPath = ListsResource.PATH + "/" + id;
        as(STATION).post(listPath + "/sending").then().statusCode(200);
        List<Integer> items = as(POLICE).get(listPath).then().extract().path("items.id");
        for (Integer item : items) {
            as(POLICE).body(Map.of("decision", "REJECT", "reason", "Chưa xác minh được"))
                    .put(listPath + "/items/" + item + "/decision").then().statusCode(200);
        }
        String document = as(POLICE).post(listPath + "/hand-back").then().statusCode(200)
                .body("keyId", equalTo(newerKid)).extract().path("document");

        given().contentType(ContentType.TEXT).body(document).post("/v1/correction/hand-back-checks").then()
                .statusCode(200).body("valid", is(true)).body("keyId", equalTo(newerKid));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
