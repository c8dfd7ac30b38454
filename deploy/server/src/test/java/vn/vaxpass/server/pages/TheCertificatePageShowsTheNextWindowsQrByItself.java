package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.server.clock.MovableClock;
import vn.vaxpass.server.pages.PortalCitizens.Citizen;

/**
 * The citizen never asks for a new certificate: when the 12-month window has rolled over, a certificate page left
 * open shows the new window's QR the next time it asks (here: when the tab gets the focus back), and says so.
 */
@QuarkusTest
class TheCertificatePageShowsTheNextWindowsQrByItself {

    @TestHTTPResource("/")
    URL root;

    @Inject
    PortalCitizens citizens;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aPageLeftOpenPastItsWindowShowsTheNewQr() {
        Citizen citizen = citizens.certifiable("Vũ Minh Châu");
        PortalPage portal = new PortalPage(Chromium.driver(), root).open()
                .findRecord(citizen.phone(), citizen.fullName(), PortalCitizens.DATE_OF_BIRTH);
        portal.click("Xem chứng nhận (mã QR)");
        portal.awaitView("certificate");
        portal.waiting().until(d -> !d.findElement(By.id("certificate-from")).getText().isEmpty());
        String firstQr = portal.driver().findElement(By.id("qr")).getAttribute("src");
        String firstUntil = portal.text("certificate-until");

        Instant nextYear = Instant.now().plus(Duration.ofDays(366));
        clock.moveTo(nextYear);
        portal.driver().executeScript("window.dispatchEvent(new Event('focus'))");

        portal.waiting().until(d -> !d.findElement(By.id("certificate-until")).getText().equals(firstUntil));
        assertThat(portal.text("certificate-from")).as("the next window starts where the first ended")
                .isEqualTo(firstUntil);
        assertThat(portal.driver().findElement(By.id("qr")).getAttribute("src")).isNotEqualTo(firstQr);
        assertThat(portal.announced()).isEqualTo("Đã có mã QR mới cho thời hạn mới.");
    }
}
