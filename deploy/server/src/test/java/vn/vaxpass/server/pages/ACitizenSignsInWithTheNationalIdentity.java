package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.server.pages.PortalCitizens.Citizen;

/**
 * A citizen signs in to the portal with the national digital identity (VNeID; in the test {@link TestIdentityProvider})
 * and finds their record by their CCCD number, which the token proves; looked up too often, the number rests, and the
 * page says for how long.
 */
@QuarkusTest
class ACitizenSignsInWithTheNationalIdentity {

    private static final String PASSWORD = "mat-khau-vneid";
    /** {@code vaxpass.lookup.id-number-limit}'s default: lookups of one number an hour. */
    private static final int ID_NUMBER_LIMIT = 10;
    private static final int TOO_MANY_REQUESTS = 429;

    @TestHTTPResource("/")
    URL root;

    @Inject
    PortalCitizens citizens;

    @Inject
    TestIdentityProvider provider;

    @Test
    void theTokensIdNumberFindsTheirRecord() {
        Citizen citizen = citizens.certifiable("Nguyễn Thị Minh Khai");
        PortalPage portal = signedInAs(citizen);

        assertThat(portal.driver().findElement(By.id("idNumber")).getAttribute("value"))
                .isEqualTo(citizen.idNumber());
        portal.type("id-dateOfBirth", PortalCitizens.DATE_OF_BIRTH);
        portal.click("Xem hồ sơ");
        portal.awaitView("records");
        assertThat(portal.text("records")).contains("Hồ sơ của Nguyễn Thị Minh Khai");
    }

    @Test
    void tooManyLookupsOfTheirNumberSayHowLongToWait() {
        Citizen citizen = citizens.certifiable("Võ Văn Kiệt");
        PortalPage portal = signedInAs(citizen);
        String token = JsonPath.from((String) portal.driver().executeScript(
                "return sessionStorage.getItem('vaxpass.citizen')")).getString("token");
        for (int lookup = 0; lookup < ID_NUMBER_LIMIT; lookup++) {
            int status = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("idNumber", citizen.idNumber(), "dateOfBirth", PortalCitizens.DATE_OF_BIRTH))
                    .post(root + "v1/lookup/by-id-number").statusCode();
            assertThat(status).isNotEqualTo(TOO_MANY_REQUESTS);
        }

        portal.type("id-dateOfBirth", PortalCitizens.DATE_OF_BIRTH);
        portal.click("Xem hồ sơ");
        assertThat(portal.notice()).matches(
                "Số giấy tờ này đã được tra cứu quá nhiều lần\\. Vui lòng thử lại sau ([1-9]|[1-5][0-9]|60) phút\\.");
        PageChecks.check(portal.driver(), "portal-too-many-lookups");
    }

    private PortalPage signedInAs(Citizen citizen) {
        String account = "vneid-" + citizen.idNumber();
        provider.register(account, PASSWORD, Map.of(Claims.GROUPS, List.of(Roles.CITIZEN),
                Claims.ID_NUMBER, citizen.idNumber()));
        ChromeDriver driver = Chromium.driver();
        PortalPage portal = new PortalPage(driver, root).open();
        portal.click("Đã có tài khoản định danh điện tử (VNeID)? Tra cứu bằng số CCCD");
        portal.awaitView("signed");
        PageChecks.check(driver, "portal-sign-in-with-provider");
        portal.click("Đăng nhập qua VNeID (thử)");
        AClerkSignsInWithTheIdentityProvider.signInAtTheProvider(driver, account, PASSWORD);
        portal.awaitReady();
        portal.awaitView("signed");
        portal.waiting().until(d -> d.findElement(By.id("id-lookup-form")).isDisplayed());
        return portal;
    }
}
