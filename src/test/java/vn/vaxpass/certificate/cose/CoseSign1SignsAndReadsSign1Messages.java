package vn.vaxpass.certificate.cose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.upokecenter.cbor.CBORObject;

import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;

import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.CoseSignatureVerifier;
class CoseSign1SignsAndReadsSign1Messages {

    private final SoftwareSigner signer = SigningFixture.es256();
    private final byte[] payload = "claims".getBytes(StandardCharsets.UTF_8);

    @Test
    void writesTag18AndNothingElseAroundTheMessage() {
        CBORObject message = CBORObject.DecodeFromBytes(sign().encode());
        assertThat(message.getMostOuterTag().ToInt32Checked()).isEqualTo(CoseTag.COSE_SIGN1);
        CBORObject untagged = message.UntagOne();
        assertThat(untagged.isTagged()).isFalse();
        assertThat(untagged.size()).isEqualTo(4);
    }

    @Test
    void putsAlgAndKidInTheProtectedHeaderAndLeavesTheUnprotectedOneEmpty() throws Exception {
        CoseSign1 decoded = CoseSign1.decode(sign().encode());
        CBORObject header = CBORObject.DecodeFromBytes(decoded.protectedHeader());
        assertThat(header.size()).isEqualTo(2);
        assertThat(header.get(CBORObject.FromObject(CoseHeader.ALG.label())).AsInt32Value()).isEqualTo(CoseAlgorithm.ES256.coseValue());
        assertThat(header.get(CBORObject.FromObject(CoseHeader.KID.label())).GetByteString()).isEqualTo(signer.kid());
        assertThat(decoded.hasEmptyUnprotectedHeader()).isTrue();
        assertThat(decoded.algorithm()).contains(CoseAlgorithm.ES256);
        assertThat(decoded.kid()).hasValueSatisfying(kid -> assertThat(kid).isEqualTo(signer.kid()));
        assertThat(decoded.payload()).isEqualTo(payload);
    }

    @Test
    void signsTheSigStructureSoTheSignatureVerifies() throws Exception {
        CoseSign1 decoded = CoseSign1.decode(sign().encode());
        CoseSignatureVerifier verifier = new CoseSignatureVerifier(signer.certificate().getPublicKey());
        assertThat(verifier.verify(CoseAlgorithm.ES256, decoded.toBeSigned(), decoded.signature())).isTrue();
        byte[] tampered = decoded.signature();
        tampered[10] ^= 1;
        assertThat(verifier.verify(CoseAlgorithm.ES256, decoded.toBeSigned(), tampered)).isFalse();
    }

    @Test
    void readsAnUntaggedMessageAndOneWrappedInACwtTag() throws Exception {
        CBORObject untagged = CBORObject.DecodeFromBytes(sign().encode()).UntagOne();
        assertThat(CoseSign1.decode(untagged.EncodeToBytes()).payload()).isEqualTo(payload);
        byte[] cwtWrapped = untagged.WithTag(CoseTag.COSE_SIGN1).WithTag(CoseTag.CWT).EncodeToBytes();
        assertThat(CoseSign1.decode(cwtWrapped).payload()).isEqualTo(payload);
    }

    @Test
    void refusesWhatIsNotACoseSign1Message() {
        assertThatThrownBy(() -> CoseSign1.decode(new byte[] {(byte) 0xFF})).isInstanceOf(CoseFormatException.class);
        assertThatThrownBy(() -> CoseSign1.decode(CBORObject.NewArray().Add(1).EncodeToBytes()))
                .isInstanceOf(CoseFormatException.class);
        byte[] wrongTag = CBORObject.DecodeFromBytes(sign().encode()).UntagOne().WithTag(98).EncodeToBytes();
        assertThatThrownBy(() -> CoseSign1.decode(wrongTag)).isInstanceOf(CoseFormatException.class)
                .hasMessageContaining("not COSE_Sign1");
    }

    private CoseSign1 sign() {
        return CoseSign1.sign(payload, signer.algorithm(), signer.kid(), signer::sign);
    }
}
