package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.lookup.OneTimeCode;
import vn.vaxpass.server.pages.PortalCitizens.Citizen;

/**
 * The portal's refusals, in the words a citizen reads: one message whether no record matched or the code is wrong (so
 * the page tells a stranger nothing about whose details exist), field by field for unreadable details, and a plain
 * "ask for a new code" once the tries are used up.
 */
@QuarkusTest
class TheLookupSaysOneThingWhetherNobodyMatchedOrTheCodeIsWrong {

    private static final String WRONG_CODE_OR_NO_RECORD = "Mã không đúng, hoặc không có hồ sơ nào khớp với thông tin "
            + "đã nhập. Hãy kiểm tra mã, hoặc nhập lại thông tin.";

    @TestHTTPResource("/")
    URL root;

    @Inject
    PortalCitizens citizens;

    @Test
    void nobodyMatchingAndAWrongCodeGetTheSameMessage() {
        Citizen citizen = citizens.certifiable("Phan Văn Long");
        PortalPage portal = new PortalPage(Chromium.driver(), root).open();

        portal.requestCode(LookupRows.freshPhone(), "Người Không Có Hồ Sơ", "01/01/1990").answer("123456");
        String nobodyMatched = portal.notice();

        portal.open().requestCode(citizen.phone(), citizen.fullName(), PortalCitizens.DATE_OF_BIRTH);
        portal.answer(anotherCode(portal.smsCode()));
        String wrongCode = portal.notice();

        assertThat(nobodyMatched).isEqualTo(wrongCode).isEqualTo(WRONG_CODE_OR_NO_RECORD);
        PageChecks.check(portal.driver(), "portal-code-refused");
    }

    @Test
    void triesUsedUpAskForANewCode() {
        Citizen citizen = citizens.certifiable("Phan Thị Mai");
        PortalPage portal = new PortalPage(Chromium.driver(), root).open();
        portal.requestCode(citizen.phone(), citizen.fullName(), PortalCitizens.DATE_OF_BIRTH);
        String wrong = anotherCode(portal.smsCode());

        String said = "";
        for (int tries = 0; tries <= OneTimeCode.MAX_TRIES && !said.startsWith("Bạn đã nhập sai"); tries++) {
            said = portal.answer(wrong).notice();
        }
        assertThat(said).isEqualTo("Bạn đã nhập sai quá nhiều lần. Hãy yêu cầu mã mới.");
    }

    @Test
    void unreadableDetailsAreExplainedUnderTheirFields() {
        PortalPage portal = new PortalPage(Chromium.driver(), root).open();
        portal.type("phone", "12345");
        portal.type("dateOfBirth", "31/02/1990");
        portal.driver().findElement(By.cssSelector("#find-form button[type=submit]")).click();

        assertThat(portal.notice()).isEqualTo("Một vài thông tin chưa đúng; xem bên dưới từng ô.");
        assertThat(portal.text("phone-error"))
                .isEqualTo("Số điện thoại di động Việt Nam gồm 10 chữ số, bắt đầu bằng 0.");
        assertThat(portal.text("fullName-error")).isEqualTo("Vui lòng điền ô này.");
        assertThat(portal.text("dateOfBirth-error")).startsWith("Nhập ngày theo dạng ngày/tháng/năm");
        assertThat(portal.driver().findElement(By.id("phone")).getAttribute("aria-invalid")).isEqualTo("true");
        PageChecks.check(portal.driver(), "portal-find-refused");
    }

    private static String anotherCode(String code) {
        int other = (Integer.parseInt(code) + 1) % (int) Math.pow(10, OneTimeCode.DIGITS);
        return String.format("%0" + OneTimeCode.DIGITS + "d", other);
    }
}
