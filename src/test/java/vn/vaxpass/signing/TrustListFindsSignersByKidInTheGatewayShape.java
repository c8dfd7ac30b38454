package vn.vaxpass.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrustListFindsSignersByKidInTheGatewayShape {

    @Test
    void findsASignerByKid() {
        SoftwareSigner signer = SigningFixture.es256();
        TrustList trustList = TrustList.of(signer.certificate(), SigningFixture.stranger().certificate());
        assertThat(trustList.findByKid(signer.kid())).singleElement()
                .satisfies(s -> assertThat(s.certificate()).isEqualTo(signer.certificate()));
        assertThat(trustList.findByKid(new byte[8])).isEmpty();
    }

    @Test
    void listsEntriesInTheGatewayShape() throws Exception {
        SoftwareSigner signer = SigningFixture.es256();
        TrustListEntry entry = TrustList.of(signer.certificate()).entries().get(0);
        assertThat(Base64.getDecoder().decode(entry.kid())).isEqualTo(signer.kid());
        assertThat(entry.country()).isEqualTo("VN");
        assertThat(entry.certificateType()).isEqualTo("DSC");
        assertThat(entry.thumbprint()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(signer.certificate().getEncoded())));
        assertThat(entry.certificate()).isEqualTo(signer.certificate());
        assertThat(TrustList.fromEntries(List.of(entry)).findByKid(signer.kid())).hasSize(1);
    }
}
