package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import vn.vaxpass.correction.OfficerCa;
import vn.vaxpass.testing.TestTokens;

/**
 * The commune police attach the officer's own CMS signature over the decisions hash; from then on the hand-back rests
 * on it (signedBy OFFICER), and the public check verifies it. Each wrong signature or list state has its own code.
 */
@QuarkusTest
@QuarkusTestResource(OfficerCaResource.class)
class AnOfficersSignatureBecomesTheHandBacksSignature {

    private static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    private static final String POLICE = TestTokens.communePolice(CleanUpData.PHUC_XA);
    private static final String OTHER_POLICE = TestTokens.communePolice("00004");
    private static final OfficerCa.Officer OFFICER = OfficerCaResource.VGCA.officer("Nguyen Van An");

    @Inject
    CleanUpData data;

    @BeforeEach
    void data() {
        data.reset();
    }

    @Test
    void theOfficersSignatureOverTheHashReplacesTheServersAndTheCheckVerifiesIt() {
        String listPath = handedBackList();
        JsonPath handBack = as(POLICE).get(listPath + "/hand-back").then().statusCode(200)
                .body("signedBy", equalTo("SERVER")).body("officerSignature", nullValue()).extract().jsonPath();
        String signature = OFFICER.signHash(handBack.getString("decisionsHash"));

        as(POLICE).body(Map.of("signature", signature)).post(listPath + "/hand-back/officer-signature").then()
                .statusCode(200).body("signedBy", equalTo("OFFICER"))
                .body("officerSignature.certificateSubject", startsWith("CN=Nguyen Van An"))
                .body("officerSignature.attachedBy", notNullValue());
        as(STATION).get(listPath + "/hand-back").then().statusCode(200).body("signedBy", equalTo("OFFICER"))
                .body("officerSignature.signature", equalTo(signature));

        given().contentType(ContentType.JSON).body(Map.of("document", handBack.getString("document"),
                "officerSignature", signature)).post("/v1/correction/hand-back-checks").then().statusCode(200)
                .body("valid", is(true)).body("signedBy", equalTo("OFFICER"))
                .body("officerSignature.signer.subject", startsWith("CN=Nguyen Van An"));
    }

    @Test
    void theCheckRefusesAnOfficersSignatureOfAnotherHandBack() {
        String listPath = handedBackList();
        String document = as(POLICE).get(listPath + "/hand-back").then().extract().path("document");
        String otherHash = "0".repeat(64);

        given().contentType(ContentType.JSON).body(Map.of("document", document, "officerSignature",
                OFFICER.signHash(otherHash))).post("/v1/correction/hand-back-checks").then().statusCode(200)
                .body("valid", is(false)).body("problem", equalTo("OFFICER_SIGNATURE_NOT_OVER_THE_HASH"));
    }

    @Test
    void aSignatureOfAnotherHashUnderAnotherCaOrOfGarbageIsRefusedWithItsOwnCode() {
        String listPath = handedBackList();
        String hash = as(POLICE).get(listPath + "/hand-back").then().extract().path("decisionsHash");
        Map<String, String> cases = new HashMap<>();
        cases.put(OFFICER.signHash("f".repeat(64)), "OFFICER_SIGNATURE_NOT_OVER_THE_HASH");
        cases.put(OfficerCa.named("Untrusted CA").officer("Tran Thi Binh").signHash(hash), "OFFICER_CERTIFICATE_UNTRUSTED");
        cases.put("bm90IGEgQ01TIHNpZ25hdHVyZQ==", "OFFICER_SIGNATURE_MALFORMED");

        cases.forEach((signature, code) -> as(POLICE).body(Map.of("signature", signature))
                .post(listPath + "/hand-back/officer-signature").then().statusCode(422).body("code", equalTo(code)));
        as(POLICE).get(listPath + "/hand-back").then().body("signedBy", equalTo("SERVER"));
    }

    @Test
    void aSecondSignatureIsRefusedAndTheFirstStays() {
        String listPath = handedBackList();
        String hash = as(POLICE).get(listPath + "/hand-back").then().extract().path("decisionsHash");
        as(POLICE).body(Map.of("signature", OFFICER.signHash(hash))).post(listPath + "/hand-back/officer-signature")
                .then().statusCode(200);

        as(POLICE).body(Map.of("signature", OfficerCaResource.VGCA.officer("Le Van Cuong").signHash(hash)))
                .post(listPath + "/hand-back/officer-signature").then().statusCode(409)
                .body("code", equalTo("OFFICER_SIGNATURE_ALREADY_ATTACHED"));
        as(POLICE).get(listPath + "/hand-back").then().body("officerSignature.certificateSubject",
                startsWith("CN=Nguyen Van An"));
    }

    @Test
    void aListNotHandedBackOrAlreadyAppliedTakesNoSignature() {
        String sent = sentList();
        as(POLICE).body(Map.of("signature", OFFICER.signHash("0".repeat(64))))
                .post(sent + "/hand-back/officer-signature").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("currentState", equalTo("WITH_POLICE"));
        decideAll(sent);
        as(POLICE).post(sent + "/hand-back").then().statusCode(200);
        String hash = as(POLICE).get(sent + "/hand-back").then().extract().path("decisionsHash");
        as(STATION).post(sent + "/application").then().statusCode(200);

        as(POLICE).body(Map.of("signature", OFFICER.signHash(hash))).post(sent + "/hand-back/officer-signature").then()
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION")).body("currentState", equalTo("APPLIED"));
    }

    @Test
    void onlyThePoliceOfTheListsCommuneMayAttachASignature() {
        String listPath = handedBackList();
        String hash = as(POLICE).get(listPath + "/hand-back").then().extract().path("decisionsHash");
        Map<String, String> body = Map.of("signature", OFFICER.signHash(hash));

        as(OTHER_POLICE).body(body).post(listPath + "/hand-back/officer-signature").then().statusCode(404);
        as(STATION).body(body).post(listPath + "/hand-back/officer-signature").then().statusCode(403);
        as(POLICE).post(listPath + "/hand-back/officer-signature").then().statusCode(400)
                .body("code", equalTo("BODY_REQUIRED"));
    }

    private String handedBackList() {
        String listPath = sentList();
        decideAll(listPath);
        as(POLICE).post(listPath + "/hand-back").then().statusCode(200);
        return listPath;
    }

    private void decideAll(String listPath) {
        List<Integer> ids = as(POLICE).get(listPath).then().extract().path("items.id");
        for (Integer id : ids) {
            as(POLICE).body(Map.of("decision", "REJECT", "reason", "Chưa xác minh được"))
                    .put(listPath + "/items/" + id + "/decision").then().statusCode(200);
        }
    }

    private String sentList() {
        String id = as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA)).post(ListsResource.PATH)
                .then().statusCode(201).extract().path("id");
        String listPath = ListsResource.PATH + "/" + id;
        as(STATION).post(listPath + "/sending").then().statusCode(200);
        return listPath;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
