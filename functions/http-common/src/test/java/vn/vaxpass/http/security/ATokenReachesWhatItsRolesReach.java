package vn.vaxpass.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.vaxpass.access.Reach;
import vn.vaxpass.http.ProblemException;

/** Each role of a token becomes its reach, bounded by its claim; a role without that claim refuses the token. */
class ATokenReachesWhatItsRolesReach {

    @Test
    void eachRoleReachesWhatItsClaimSays() {
        assertThat(reach(Set.of(Roles.MINISTRY), Map.of())).isEqualTo(Reach.ministry());
        assertThat(reach(Set.of(Roles.PROVINCE_HEALTH), Map.of(Claims.PROVINCE, "01"))).isEqualTo(Reach.province("01"));
        assertThat(reach(Set.of(Roles.COMMUNE_HEALTH), Map.of(Claims.PROVINCE, "01", Claims.COMMUNE, "00004")))
                .isEqualTo(Reach.commune("00004"));
        assertThat(reach(Set.of(Roles.FACILITY_STAFF), Map.of(Claims.FACILITY, "F001")))
                .isEqualTo(Reach.facility("F001"));
        assertThat(reach(Set.of(Roles.CITIZEN), Map.of(Claims.ID_NUMBER, "001085012345")))
                .isEqualTo(Reach.citizen("001085012345"));
        assertThat(reach(Set.of(Roles.CITIZEN_SESSION), Map.of(Claims.SUBJECT_ID, "S-1")))
                .isEqualTo(Reach.citizenSession("S-1"));
    }

    @Test
    void aRoleWithoutTheClaimThatBoundsItRefusesTheToken() {
        assertWithout(Set.of(Roles.PROVINCE_HEALTH), Map.of(), "Your token grants a role without saying where"
                + " (claim 'province' is missing); ask for a new token.");
        assertWithout(Set.of(Roles.COMMUNE_HEALTH), Map.of(Claims.PROVINCE, "01"), "Your token grants a role without"
                + " saying where (claim 'commune' is missing); ask for a new token.");
        assertWithout(Set.of(Roles.FACILITY_STAFF), Map.of(Claims.FACILITY, " "), "Your token grants a role without"
                + " saying where (claim 'facility' is missing); ask for a new token.");
        assertWithout(Set.of(Roles.CITIZEN_SESSION), Map.of(), "Your token grants a role without saying for whom"
                + " (claim 'subject_id' is missing); ask for a new token.");
    }

    @Test
    void evenWhenAnotherOfItsRolesWouldNeedNoClaim() {
        assertWithout(Set.of(Roles.MINISTRY, Roles.COMMUNE_HEALTH), Map.of(), "Your token grants a role without"
                + " saying where (claim 'commune' is missing); ask for a new token.");
    }

    @Test
    void aPortalLoginWithoutANumberProvesNone() {
        Reach citizen = reach(Set.of(Roles.CITIZEN), Map.of());
        assertThat(citizen).isEqualTo(Reach.citizen(null));
        assertThat(citizen.provenIdNumber()).isEmpty();
    }

    @Test
    void severalRolesReachWhatAnyOfThemReaches() {
        Reach reach = reach(Set.of(Roles.COMMUNE_HEALTH, Roles.FACILITY_STAFF),
                Map.of(Claims.COMMUNE, "00004", Claims.FACILITY, "F001"));
        assertThat(reach.parts()).containsExactlyInAnyOrder(Reach.commune("00004"), Reach.facility("F001"));
        assertThat(reach.reachesCommune("00004", "01")).isTrue();
        assertThat(reach.actsForFacility("F001")).isTrue();
    }

    @Test
    void aRoleThisProjectDoesNotKnowReachesNothing() {
        Reach unknown = reach(Set.of("auditor"), Map.of(Claims.PROVINCE, "01"));
        assertThat(unknown.reachesProvince("01")).isFalse();
        assertThat(unknown.parts()).isEmpty();
    }

    private static Reach reach(Set<String> roles, Map<String, String> claims) {
        return TokenReach.of(roles, name -> Optional.ofNullable(claims.get(name)).filter(value -> !value.isBlank()));
    }

    private static void assertWithout(Set<String> roles, Map<String, String> claims, String message) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> reach(roles, claims));
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo(Caller.TOKEN_WITHOUT_JURISDICTION);
        assertThat(refused.getMessage()).isEqualTo(message);
    }
}
