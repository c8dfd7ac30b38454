package vn.vaxpass.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.vaxpass.access.Reach;

class EachActionNamesWhoMayTakeIt {

    private static final String COMMUNE = "00001";
    private static final String PROVINCE = "01";

    @Test
    void onlyThePoliceDecideConfirmInBulkAndSign() {
        for (Action action : new Action[] {Action.DECIDE, Action.BULK_CONFIRM, Action.SIGN}) {
            assertThat(action.roles()).containsExactly(WorkRole.POLICE);
        }
    }

    @Test
    void provincesAndTheMinistryOnlyRead() {
        for (Action action : Action.values()) {
            if (action.allows(WorkRole.PROVINCE) || action.allows(WorkRole.MINISTRY)) {
                assertThat(action.name()).startsWith("READ_");
            }
        }
    }

    @Test
    void aCallerOfAnotherCommuneIsToldNothingExistsAndAWrongRoleIsRefused() {
        Actor stranger = new Actor("a", Reach.commune("00004"));
        assertThatThrownBy(() -> stranger.as(Action.ASSIGN, COMMUNE, PROVINCE, "danh sách"))
                .isInstanceOfSatisfying(CorrectionProblem.class, p -> assertThat(p.code())
                        .isEqualTo(CorrectionProblem.NOT_FOUND));
        Actor police = new Actor("p", Reach.communePolice(COMMUNE));
        assertThatThrownBy(() -> police.as(Action.APPLY, COMMUNE, PROVINCE, "danh sách"))
                .isInstanceOfSatisfying(CorrectionProblem.class, p -> assertThat(p.code())
                        .isEqualTo(CorrectionProblem.ROLE_MAY_NOT));
    }

    @Test
    void aVillageTeamSeesItsOwnVillageOnly() {
        Actor.Part team = new Actor("v", Reach.villageTeam(COMMUNE, "Tổ 1")).as(Action.PROPOSE, COMMUNE, PROVINCE, "mục");
        assertThat(team.sees("Tổ 1")).isTrue();
        assertThat(team.sees("Tổ 2")).isFalse();
        assertThat(team.sees(null)).isFalse();
    }
}
