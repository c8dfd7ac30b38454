package vn.vaxpass.certificate.cwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.upokecenter.cbor.CBORObject;

class CwtWritesSpecKeysAndRequiresHcertAndExpiry {

    private final ObjectNode dcc = new ObjectMapper().createObjectNode().put("ver", "1.3.0").put("dob", "1985");

    @Test
    void writesTheClaimsUnderTheirSpecKeys() {
        Cwt cwt = new Cwt("VN", Instant.ofEpochSecond(1_700_000_000L), Instant.ofEpochSecond(1_731_536_000L), dcc);
        CBORObject claims = CBORObject.DecodeFromBytes(cwt.encode());
        assertThat(claims.get(CBORObject.FromObject(1)).AsString()).isEqualTo("VN");
        assertThat(claims.get(CBORObject.FromObject(6)).AsInt64Value()).isEqualTo(1_700_000_000L);
        assertThat(claims.get(CBORObject.FromObject(4)).AsInt64Value()).isEqualTo(1_731_536_000L);
        CBORObject hcert = claims.get(CBORObject.FromObject(-260));
        assertThat(hcert.get(CBORObject.FromObject(1)).get("ver").AsString()).isEqualTo("1.3.0");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Cwt cwt = new Cwt("VN", Instant.ofEpochSecond(1_700_000_000L), Instant.ofEpochSecond(1_731_536_000L), dcc);
        assertThat(Cwt.decode(cwt.encode())).isEqualTo(cwt);
    }

    @Test
    void refusesClaimsWithoutAnHcert() {
        byte[] noHcert = CBORObject.NewMap().Add(1, "VN").Add(4, 1L).Add(6, 1L).EncodeToBytes();
        assertThatThrownBy(() -> Cwt.decode(noHcert)).isInstanceOf(CwtFormatException.class).hasMessageContaining("-260");
    }

    @Test
    void refusesClaimsWithoutExpiration() {
        CBORObject hcert = CBORObject.NewMap().Add(1, CBORObject.NewMap().Add("ver", "1.3.0"));
        byte[] noExp = CBORObject.NewMap().Add(6, 1L).Add(CBORObject.FromObject(-260), hcert).EncodeToBytes();
        assertThatThrownBy(() -> Cwt.decode(noExp)).isInstanceOf(CwtFormatException.class).hasMessageContaining("EXPIRATION");
    }
}
