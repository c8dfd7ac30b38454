package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberReadsWhatClerksAndCitizensType {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84912345678",
        "+84 912 345 678", "(+84) 912 345 678", "84912345678", "0084912345678", "912345678", " 0912345678 ",
        "0912\u00A0345\u00A0678"})
    void readsEveryFormattingOfOneMobileNumber(String typed) {
        assertThat(PhoneNumber.parse(typed)).hasValueSatisfying(number -> {
            assertThat(number.national()).isEqualTo("912345678");
            assertThat(number.e164()).isEqualTo("+84912345678");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0352 123 456", "0562123456", "0701234567", "0812345678", "0987654321"})
    void readsEveryMobileRange(String typed) {
        assertThat(PhoneNumber.parse(typed)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "02438234567", "0212345678", "091234567", "09123456789", "0912345678x",
        "09l2345678", "+1 202 555 0100", "0912+345678", "phone"})
    void refusesWhatIsNoVietnameseMobileNumber(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678"})
    void showsNoDigitWhenPrinted(String typed) {
        assertThat(PhoneNumber.parse(typed).orElseThrow().toString()).doesNotContainPattern("[0-9]{3}");
    }
}
