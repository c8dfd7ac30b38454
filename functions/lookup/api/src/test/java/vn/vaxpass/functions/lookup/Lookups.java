package vn.vaxpass.functions.lookup;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The lookup's HTTP calls, as the portal makes them. */
final class Lookups {

    private Lookups() {
    }

    static ValidatableResponse requestCode(String phone, String fullName, String dateOfBirth, String gender) {
        Map<String, String> body = new HashMap<>();
        body.put("phone", phone);
        body.put("fullName", fullName);
        body.put("dateOfBirth", dateOfBirth);
        if (gender != null) {
            body.put("gender", gender);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/lookup/challenges").then();
    }

    static ValidatableResponse answer(String challengeId, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/v1/lookup/challenges/{id}/answer", challengeId).then();
    }

    static ValidatableResponse byIdNumber(String token, String idNumber, String dateOfBirth) {
        var request = given().contentType(ContentType.JSON).body(Map.of("idNumber", idNumber, "dateOfBirth", dateOfBirth));
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/v1/lookup/by-id-number").then();
    }
}
