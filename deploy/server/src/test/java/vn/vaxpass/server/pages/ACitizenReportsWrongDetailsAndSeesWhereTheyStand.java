package vn.vaxpass.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.lookup.LookupRows;
import vn.vaxpass.server.pages.PortalCitizens.Citizen;

/**
 * A citizen whose name the registry spells otherwise: the record says so in plain words and where to have it fixed,
 * the report form sends what is right, and the report's state shows on every later visit.
 */
@QuarkusTest
class ACitizenReportsWrongDetailsAndSeesWhereTheyStand {

    @TestHTTPResource("/")
    URL root;

    @Inject
    PortalCitizens citizens;

    @Test
    void theRecordExplainsTheMismatchAndTheReportIsReceived() {
        Citizen citizen = citizens.misnamed("Lê Thi Hoa");
        PortalPage portal = new PortalPage(Chromium.driver(), root).open()
                .findRecord(citizen.phone(), citizen.fullName(), PortalCitizens.DATE_OF_BIRTH);

        assertThat(portal.text("records")).contains(
                "Thông tin sau trong hồ sơ khác với Cơ sở dữ liệu quốc gia về dân cư: họ và tên.",
                "Nơi sửa hồ sơ: trạm y tế " + LookupRows.COMMUNE_NAME + ".",
                "Chưa thể cấp chứng nhận tiêm chủng vì:",
                "Hồ sơ chưa khớp với Cơ sở dữ liệu quốc gia về dân cư (xem ở trên).");
        assertThat(portal.driver().findElements(By.linkText("Xem chứng nhận (mã QR)"))).isEmpty();
        PageChecks.check(portal.driver(), "portal-record-mismatch");

        portal.click("Báo thông tin sai");
        portal.awaitView("report");
        PageChecks.check(portal.driver(), "portal-report");
        portal.type("report-fullName", "Lê Thị Hoa");
        portal.type("report-note", "Tên đúng có dấu nặng: Thị");
        portal.click("Gửi báo cáo");

        portal.waiting().until(d -> d.findElement(By.id("report-state")).isDisplayed());
        assertThat(portal.text("report-state")).contains("đã nhận, đang chờ trạm y tế đưa vào danh sách rà soát.");
        assertThat(portal.driver().findElement(By.id("report-form")).isDisplayed()).isFalse();
        assertThat(citizens.count("SELECT count(*) FROM citizen_report WHERE subject_id = $1"
                + " AND reported_full_name = $2 AND state = 'RECEIVED'", citizen.subjectId(), "Lê Thị Hoa")).isOne();
        PageChecks.check(portal.driver(), "portal-report-received");

        portal.click("Quay lại hồ sơ");
        portal.awaitView("records");
        portal.click("Báo thông tin sai");
        portal.waiting().until(d -> d.findElement(By.id("report-state")).isDisplayed());
        assertThat(portal.text("report-state")).contains("đã nhận");
    }

    @Test
    void aReportWithNothingToCorrectSaysWhatToFillIn() {
        Citizen citizen = citizens.misnamed("Lê Văn Tám");
        PortalPage portal = new PortalPage(Chromium.driver(), root).open()
                .findRecord(citizen.phone(), citizen.fullName(), PortalCitizens.DATE_OF_BIRTH);
        portal.click("Báo thông tin sai");
        portal.awaitView("report");
        portal.type("report-idNumber", "12AB");
        portal.click("Gửi báo cáo");

        assertThat(portal.notice()).isEqualTo("Một vài thông tin chưa đúng; xem bên dưới từng ô.");
        assertThat(portal.text("report-idNumber-error")).isEqualTo("Số CCCD gồm 12 chữ số, số CMND cũ gồm 9 chữ số.");
        assertThat(citizens.count("SELECT count(*) FROM citizen_report WHERE subject_id = $1", citizen.subjectId()))
                .isZero();
    }
}
