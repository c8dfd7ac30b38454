package vn.vaxpass.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.testing.TestTokens;

@QuarkusTest
class TokenCommandMintsTokensTheServerAccepts {

    @Inject
    TokenCommand command;

    @Inject
    JWTParser parser;

    @Test
    void mintsATokenTheServerAcceptsWithTheRoleAndJurisdictionAskedFor() throws Exception {
        command.role = Roles.COMMUNE_HEALTH;
        command.province = "01";
        command.commune = "00004";
        command.minutes = 5;

        JsonWebToken token = parser.parse(command.mint());

        assertThat(token.getGroups()).containsExactly(Roles.COMMUNE_HEALTH);
        assertThat(token.<Object>getClaim(Claims.COMMUNE).toString()).contains("00004");
        assertThat(token.<Object>getClaim(Claims.PROVINCE).toString()).contains("01");
        assertThat(token.getSubject()).isEqualTo("dev-commune-health");
        assertThat(token.getExpirationTime() - token.getIssuedAtTime()).isEqualTo(300);
    }

    @Test
    void refusesARoleNobodyHas() {
        command.role = "mayor";
        assertThat(command.call()).isEqualTo(2);
    }

    @Test
    void testTokensAreSignedWithTheSameDevelopmentKeyInTheServersTests() throws Exception {
        assertThat(parser.parse(TestTokens.ministry()).getGroups()).containsExactly(Roles.MINISTRY);
    }
}
