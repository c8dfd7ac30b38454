package vn.vaxpass.certificate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.format.DateFormat;

import vn.vaxpass.certificate.DccPayloadFactory;
import vn.vaxpass.shared.FieldError;
import vn.vaxpass.certificate.RecordFixture;

/** The date format against networknt's own, which it replaces: the same verdict on every text. */
class FullDateFormatJudgesAsNetworkntDoes {

    private final FullDateFormat format = new FullDateFormat();
    private final DateFormat networknt = new DateFormat();

    @ParameterizedTest
    @ValueSource(strings = {"2021-09-14", "2020-02-29", "2021-02-29", "2021-02-30", "2021-04-31", "2021-13-01", "2021-00-10",
            "2021-01-00", "0000-01-01", "9999-12-31", "+2021-09-14", "+12021-09-14", "-2021-09-14", "02021-09-14",
            "2021-9-14", "21-09-14", "2021/09/14", "2021-09-14 ", "2021-09-14T00:00:00Z", "２０２１-09-14", "1985", "", "--"})
    void judgesAsNetworkntDoes(String text) {
        assertThat(format.matches(null, text)).as(text).isEqualTo(networknt.matches(null, text));
    }

    @Test
    void judgesEveryDigitPatternAsNetworkntDoes() {
        Random random = new Random(3339);
        for (int i = 0; i < 20_000; i++) {
            String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(100), random.nextInt(100));
            assertThat(format.matches(null, text)).as(text).isEqualTo(networknt.matches(null, text));
        }
    }

    @Test
    void keepsNetworkntsNameAndMessage() {
        assertThat(format.getName()).isEqualTo(networknt.getName());
        assertThat(format.getMessageKey()).isEqualTo(networknt.getMessageKey());
        ObjectNode dcc = DccPayloadFactory.create(RecordFixture.aRecord().build(), "URN:UVCI:01:VN:0123456789ABCDEF");
        ((ObjectNode) dcc.get("v").get(0)).put("dt", "2021-02-30");
        assertThat(DccSchema.issuing().validate(dcc)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(DccSchema.CODE);
            assertThat(error.message()).contains("does not match the date pattern");
        });
        assertThat(DccSchema.verifying().validate(dcc)).isEmpty();
    }
}
