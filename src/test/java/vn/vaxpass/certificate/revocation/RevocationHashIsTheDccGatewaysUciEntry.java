package vn.vaxpass.certificate.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevocationHashIsTheDccGatewaysUciEntry {

    /** Expected from {@code python3: base64(sha256(uvci.encode())[:16])}. */
    @Test
    void isTheFirst128BitsOfTheSha256OfTheUvciInBase64() {
        assertThat(RevocationHash.of("URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF"))
                .isEqualTo("RlWK+y3QBejPzv+Z0Fb1Mg==")
                .hasSize(24);
    }

    @Test
    void coversTheChecksumCharacterToo() {
        assertThat(RevocationHash.of("URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF#K"))
                .isNotEqualTo(RevocationHash.of("URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF"));
    }
}
