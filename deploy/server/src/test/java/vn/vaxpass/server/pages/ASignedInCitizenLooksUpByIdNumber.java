package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.server.pages.PortalCitizens.Citizen;

/**
 * The portal's second way in: signed in with a national digital identity (locally the development sign-in, in AWS
 * VNeID), a citizen looks up their record by their CCCD number and date of birth, and only their own.
 */
@QuarkusTest
class ASignedInCitizenLooksUpByIdNumber {

    @TestHTTPResource("/")
    URL root;

    @Inject
    PortalCitizens citizens;

    @Test
    void theirOwnNumberShowsTheirRecordAndAnotherIsRefused() {
        Citizen citizen = citizens.certifiable("Trịnh Công Sơn");
        Citizen neighbour = citizens.certifiable("Khánh Ly");
        PortalPage portal = new PortalPage(Chromium.driver(), root).open();
        portal.click("Đã có tài khoản định danh điện tử (VNeID)? Tra cứu bằng số CCCD");
        portal.awaitView("signed");
        PageChecks.check(portal.driver(), "portal-signed-in-sign-in");
        portal.type("signin-idNumber", citizen.idNumber());
        portal.click("Đăng nhập");
        portal.waiting().until(d -> d.findElement(org.openqa.selenium.By.id("id-lookup-form")).isDisplayed());

        portal.type("idNumber", neighbour.idNumber());
        portal.type("id-dateOfBirth", PortalCitizens.DATE_OF_BIRTH);
        portal.click("Xem hồ sơ");
        assertThat(portal.notice()).isEqualTo("Chỉ tra cứu được hồ sơ mang số CCCD của chính bạn.");

        portal.type("idNumber", citizen.idNumber());
        portal.click("Xem hồ sơ");
        portal.awaitView("records");
        assertThat(portal.text("records")).contains("Hồ sơ của Trịnh Công Sơn").doesNotContain("Khánh Ly");
    }
}
