package vn.vaxpass.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vaxpass.access.Reach;

class IdNumberMaskShowsOnlyTheEndsToAllButTheMinistry {

    @Test
    void aCccdNumberKeepsItsFirstThreeAndLastTwoDigits() {
        assertThat(IdNumberMask.mask("001085012345")).isEqualTo("001*******45");
    }

    @Test
    void aCmndNumberKeepsTheSameEnds() {
        assertThat(IdNumberMask.mask("012345678")).isEqualTo("012****78");
    }

    @Test
    void aNumberTooShortToHideAnythingBetweenItsEndsIsHiddenWhole() {
        assertThat(IdNumberMask.mask("12345")).isEqualTo("*****");
        assertThat(IdNumberMask.mask("")).isEmpty();
    }

    @Test
    void healthStaffSeeItMaskedAndTheMinistryWhole() {
        assertThat(IdNumberMask.forReach("001085012345", Reach.commune("00001"))).isEqualTo("001*******45");
        assertThat(IdNumberMask.forReach("001085012345", Reach.province("01"))).isEqualTo("001*******45");
        assertThat(IdNumberMask.forReach("001085012345", Reach.ministry())).isEqualTo("001085012345");
        assertThat(IdNumberMask.forReach("001085012345", Reach.anyOf(List.of(Reach.province("01"), Reach.ministry()))))
                .isEqualTo("001085012345");
        assertThat(IdNumberMask.forReach(null, Reach.commune("00001"))).isNull();
    }
}
