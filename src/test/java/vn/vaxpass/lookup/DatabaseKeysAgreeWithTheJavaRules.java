package vn.vaxpass.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import vn.vaxpass.identity.IdNumber;

/**
 * The database's keys only narrow the search, so they must never leave out a record the Java rules would match:
 * for every format a clerk may have typed, the key of the stored value is the key of the citizen's input.
 */
@QuarkusTest
class DatabaseKeysAgreeWithTheJavaRules {

    private static final List<String> PHONES = List.of("0912345678", "0912 345 678", "0912.345.678", "0912-345-678",
            "+84912345678", "+84 912 345 678", "(+84) 912-345-678", "84912345678", "0084912345678", "912345678",
            " 0912345678 ", "0912\u00A0345\u00A0678", "0352 123 456");

    private static final List<String> ID_NUMBERS = List.of("001085000001", "001 085 000 001", "001.085.000.001",
            "001-085-000-001", " 001085000001 ", "123456789", "123 456 789");

    @Inject
    Pool pool;

    @Test
    void thePhoneKeyIsTheNationalNumber() {
        for (String typed : PHONES) {
            assertThat(key("lookup_phone_key", typed)).as(typed)
                    .isEqualTo(PhoneNumber.parse(typed).orElseThrow().national());
        }
    }

    @Test
    void theIdNumberKeyIsTheDigitsIdNumberReads() {
        for (String typed : ID_NUMBERS) {
            assertThat(key("lookup_id_key", typed)).as(typed).isEqualTo(IdNumber.parse(typed).digits().orElseThrow());
        }
    }

    private String key(String function, String value) {
        return pool.preparedQuery("SELECT " + function + "($1)").execute(Tuple.of(value)).await().indefinitely()
                .iterator().next().getString(0);
    }
}
