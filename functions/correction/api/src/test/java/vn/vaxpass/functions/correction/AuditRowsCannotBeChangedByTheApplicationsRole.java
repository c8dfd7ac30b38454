package vn.vaxpass.functions.correction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.vaxpass.testing.TestTokens;

/**
 * The audit trail is append-only for the application: connected as vaxpass_app (the role serve and the functions use,
 * migration V12), it may add and read audit rows and do its work on every other table, never change or delete an
 * audit row or alter the schema.
 */
@QuarkusTest
class AuditRowsCannotBeChangedByTheApplicationsRole {

    private static final String APPLICATION_ROLE = "vaxpass_app";

    @Inject
    CleanUpData data;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @BeforeEach
    void anAuditedEdit() {
        data.reset();
        given().auth().oauth2(TestTokens.communeHealth(CleanUpData.HA_NOI, CleanUpData.PHUC_XA))
                .contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("fullName", "Đặng Thị Hòa", "reason", "Sai dấu"))
                .put("/v1/correction/subjects/S-2").then().statusCode(200);
    }

    @Test
    void theApplicationsRoleReadsAndAddsAuditRowsButCannotChangeOrDeleteThem() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, APPLICATION_ROLE, "");
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM correction_audit")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
            statement.executeUpdate("INSERT INTO correction_audit (at, account, role, subject_id, source, before, after)"
                    + " VALUES (now(), 'a', 'STATION', 'S-2', 'EDIT', '{}', '{}')");
            statement.executeUpdate("UPDATE vaccination_subject SET phone = '0912345678' WHERE subject_id = 'S-2'");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE correction_audit SET reason = 'rewritten'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM correction_audit"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE correction_audit"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("ALTER TABLE correction_audit DISABLE TRIGGER ALL"))
                    .hasMessageContaining("must be owner");
        }
    }
}
