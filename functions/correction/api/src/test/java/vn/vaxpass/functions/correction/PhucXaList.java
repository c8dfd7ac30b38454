package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.vaxpass.functions.correction.sheet.SpreadsheetsResource;
import vn.vaxpass.testing.TestTokens;

/**
 * The clean-up list of Phúc Xá ({@link CleanUpData}) as the spreadsheet tests open it: made by the commune's station,
 * some of its items assigned to the village team of {@value #VILLAGE_NAME}; and the calls those tests make on it,
 * its JSON and its spreadsheet down and up, each with the caller's token.
 */
final class PhucXaList {

    static final String VILLAGE_NAME = "Tổ 1";
    static final String STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA);
    static final String POLICE = TestTokens.communePolice(CleanUpData.PHUC_XA);
    static final String VILLAGE = TestTokens.villageTeam(CleanUpData.PHUC_XA, VILLAGE_NAME);
    static final String FOREIGN_STATION = TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.TRUC_BACH);

    private final String id;
    private final String path;

    private PhucXaList(String id) {
        this.id = id;
        this.path = ListsResource.PATH + "/" + id;
    }

    /** The station opens the list (after {@link CleanUpData#reset}) and gives these subjects' items to the village. */
    static PhucXaList openedWithVillageItems(String... subjectIds) {
        PhucXaList list = new PhucXaList(as(STATION).body(Map.of("communeCode", CleanUpData.PHUC_XA))
                .post(ListsResource.PATH).then().statusCode(201).extract().path("id"));
        for (String subjectId : subjectIds) {
            as(STATION).body(Map.of("village", VILLAGE_NAME)).put(list.itemPath(subjectId) + "/assignment").then()
                    .statusCode(200);
        }
        return list;
    }

    String id() {
        return id;
    }

    /** The list's resource: its JSON, and the start of its items' and steps' paths. */
    String path() {
        return path;
    }

    /** The id of a subject's item, as the station reads the list. */
    long item(String subjectId) {
        return ((Number) as(STATION).get(path).then().extract()
                .path("items.find { it.subjectId == '" + subjectId + "' }.id")).longValue();
    }

    String itemPath(String subjectId) {
        return path + "/items/" + item(subjectId);
    }

    /** The list as this caller's .xlsx. */
    byte[] export(String token) {
        return given().auth().oauth2(token).get(path + "/spreadsheet").then().statusCode(200)
                .contentType(SpreadsheetsResource.XLSX).extract().asByteArray();
    }

    /** A filled-in .xlsx uploaded by this caller. */
    ValidatableResponse upload(String token, byte[] xlsx) {
        return upload(token, SpreadsheetsResource.XLSX, xlsx);
    }

    /** A filled-in file of this type (a list sheet saved as CSV, say) uploaded by this caller. */
    ValidatableResponse upload(String token, String contentType, byte[] file) {
        return given().auth().oauth2(token).contentType(contentType).body(file).put(path + "/spreadsheet").then();
    }

    /** A JSON request with this caller's token. */
    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
