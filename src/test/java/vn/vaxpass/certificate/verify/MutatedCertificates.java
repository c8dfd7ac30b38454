package vn.vaxpass.certificate.verify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.Deflater;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import com.upokecenter.numbers.EInteger;

import vn.vaxpass.certificate.CertificateIssuer;
import vn.vaxpass.certificate.IssuedCertificate;
import vn.vaxpass.certificate.RecordFixture;
import vn.vaxpass.certificate.cbor.CborJson;
import vn.vaxpass.certificate.cose.CoseTag;
import vn.vaxpass.certificate.encoding.Base45Encoding;
import vn.vaxpass.certificate.encoding.Hc1Prefix;
import vn.vaxpass.certificate.encoding.ZlibCompression;
import vn.vaxpass.certificate.revocation.RevocationHash;
import vn.vaxpass.certificate.revocation.RevokedHashes;
import vn.vaxpass.certificate.vnsample.VietnameseSample;
import vn.vaxpass.fuzzing.Bytes;
import vn.vaxpass.fuzzing.FuzzTarget;
import vn.vaxpass.signing.CoseAlgorithm;
import vn.vaxpass.signing.SigningFixture;
import vn.vaxpass.signing.SoftwareSigner;
import vn.vaxpass.signing.TrustList;

/**
 * Structure-aware fuzzing of the verifier: valid certificates (ours, signed with the test keys, Viet Nam's sample
 * and EU conformance vectors) mutated at one layer of the chain and encoded again through every layer below it, so
 * that a mutation reaches the step it aims at instead of dying at Base45. Layers: the HC1 text, the zlib bytes, the
 * COSE bytes, the COSE structure (tags, headers, element types, signatures), the CWT claims (iat and exp beyond
 * every range, missing or mistyped claims, odd keys), the DCC (JSON fields, types, sizes, nesting) and odd CBOR
 * items (deep nesting, lengths beyond the input, indefinite lengths, reserved heads, big numbers) placed anywhere in
 * the COSE or CWT. Mutated content is signed again with the trusted ES256 test key most of the time, so that it
 * reaches the key usage, time, schema and revocation steps.
 *
 * <p>The oracle: a result with a step's code and a message, or valid; valid only for what was signed again with a
 * trusted key or whose signed content is the seed's. The result's DCC is written as JSON, as the verify function
 * answers it.
 */
public final class MutatedCertificates implements FuzzTarget<MutatedCertificates.Mutant> {

    /** One mutated certificate: its seed, the layer mutated and how, the text, and whether it was signed again. */
    public record Mutant(Seed seed, String layer, List<String> mutations, String hc1, boolean resigned) {
    }

    /** A valid certificate taken apart at every layer. */
    public record Seed(String name, String hc1, byte[] compressed, byte[] cose, int tagging, byte[] protectedHeader,
            CBORObject unprotected, byte[] payload, byte[] signature, JsonNode dcc, Instant issuedAt, Instant expiresAt) {

        CBORObject claims() {
            return CBORObject.DecodeFromBytes(payload);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Instant ISSUED = SigningFixture.COVERED_ISSUE_TIME;
    static final String UVCI = "URN:UVCI:01:VN:0123456789ABCDEF0123456789ABCDEF";
    static final String REVOKED_UVCI = "URN:UVCI:01:VN:FEDCBA9876543210FEDCBA9876543210";
    /** EU conformance vectors of different shapes: kid unprotected, untagged, CWT-tagged, three header entries, RSA, test and recovery. */
    static final List<String> VECTORS = List.of("CZ/2DCode/raw/1.json", "DK/2DCode/raw/1.json", "DK/2DCode/raw/11.json",
            "DK/2DCode/raw/12.json", "ES/2DCode/raw/1501.json", "ES/2DCode/raw/101.json", "common/2DCode/raw/CO1.json",
            "common/2DCode/raw/CO28.json", "IS/2DCode/raw/5.json");
    private static final String[] LAYERS = {"text", "zlib", "cose-bytes", "cose", "cwt", "dcc", "odd-cbor"};
    private static final int[] LAYER_WEIGHTS = {8, 8, 8, 20, 18, 24, 14};
    private static final String BASE45_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How many taggings {@link #wrap} knows. */
    private static final int TAGGINGS = 8;

    private final SoftwareSigner signer;
    private final byte[] protectedHeader;
    private final List<Seed> seeds = new ArrayList<>();
    private final CertificateVerifier verifier;

    public MutatedCertificates() {
        signer = SigningFixture.es256();
        SoftwareSigner ps256 = SigningFixture.signer(CoseAlgorithm.PS256);
        protectedHeader = CBORObject.NewOrderedMap().Add(1, CoseAlgorithm.ES256.coseValue()).Add(4, signer.kid())
                .EncodeToBytes();
        List<X509Certificate> trusted = new ArrayList<>(List.of(signer.certificate(), ps256.certificate()));
        IssuedCertificate ours = new CertificateIssuer(signer).issue(RecordFixture.aRecord().build(), UVCI, ISSUED);
        IssuedCertificate revoked = new CertificateIssuer(signer).issue(RecordFixture.aRecord().build(), REVOKED_UVCI, ISSUED);
        IssuedCertificate rsa = new CertificateIssuer(ps256).issue(RecordFixture.aRecord().named("Lê Thị Hoa").build(), UVCI, ISSUED);
        seeds.add(seed("ours ES256", ours.hc1()));
        seeds.add(seed("ours ES256 revoked", revoked.hc1()));
        seeds.add(seed("ours PS256", rsa.hc1()));
        seeds.add(seed("VN sample", VietnameseSample.hc1()));
        for (String path : VECTORS) {
            JsonNode vector = vector(path);
            seeds.add(seed("EU " + path, vector.path("PREFIX").asText()));
            X509Certificate dsc = certificate(vector.path("TESTCTX").path("CERTIFICATE").asText());
            if (!trusted.contains(dsc)) { // vectors of one country share their DSC
                trusted.add(dsc);
            }
        }
        verifier = new CertificateVerifier(TrustList.of(trusted), RevokedHashes.of(Set.of(RevocationHash.of(REVOKED_UVCI))),
                Clock.fixed(ISSUED.plusSeconds(60), ZoneOffset.UTC));
    }

    public CertificateVerifier verifier() {
        return verifier;
    }

    public List<Seed> seedCertificates() {
        return List.copyOf(seeds);
    }

    @Override
    public Iterable<Mutant> seeds() {
        return seeds.stream().map(seed -> new Mutant(seed, "seed", List.of(), seed.hc1(), false)).toList();
    }

    @Override
    public int size(Mutant input) {
        return input.hc1().length();
    }

    @Override
    public String layer(Mutant input) {
        return input.layer();
    }

    @Override
    public String describe(Mutant input) {
        return input.seed().name() + " / " + input.layer() + " / " + input.mutations() + " / resigned " + input.resigned()
                + " / " + (input.hc1().length() > 6000 ? input.hc1().substring(0, 6000) + "..." : input.hc1());
    }

    /** Past the verifier's 64 checks by one key, after which it builds that key's tables (once, about 16 MB). */
    @Override
    public int seedRounds() {
        return 100;
    }

    /**
     * A constant, which covers what the zlib step's 64 KiB limit lets any text inflate to and the later steps make
     * of it (measured: at most 5.7 MB, for 1,015 characters holding 300 vaccination entries that the schema step
     * refuses one by one), and 4 KiB per character. Through HTTP the text is at most 4,296 characters; here it is
     * whatever a mutation made.
     */
    @Override
    public long allocationBound(int size) {
        return 8L * 1024 * 1024 + 4096L * size;
    }

    @Override
    public String run(Mutant input) {
        VerificationResult result = verifier.verify(input.hc1());
        if (result.decoded() != null) {
            try {
                JSON.writeValueAsBytes(result.decoded().dcc()); // what the verify function's answer carries
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the decoded DCC cannot be written as JSON", e);
            }
        }
        if (result.isValid()) {
            if (!input.resigned()) {
                Seed seed = input.seed();
                boolean sameContent = result.decoded().dcc().equals(seed.dcc())
                        && result.decoded().issuedAt().equals(seed.issuedAt())
                        && result.decoded().expiresAt().equals(seed.expiresAt());
                if (!sameContent) {
                    throw new AssertionError("valid, yet its content is neither the seed's nor signed again");
                }
            }
            return "VALID";
        }
        if (result.error() == null || result.message() == null || result.message().isBlank()) {
            throw new AssertionError("invalid without a code and a message: " + result);
        }
        return result.error().name();
    }

    @Override
    public Mutant input(Random random) {
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        String layer = pickLayer(random);
        Draft draft = new Draft(seed);
        switch (layer) {
            case "text":
                return draft.finish(layer, random, false, true);
            case "zlib":
                return draft.finish(layer, random, true, false);
            case "cose-bytes":
                draft.coseBytes = draft.encodeCose();
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    draft.coseBytes = Bytes.mutate(draft.coseBytes, random, draft.done);
                }
                break;
            case "cose":
                mutateCose(draft, random);
                break;
            case "cwt":
                mutateClaims(draft, random);
                break;
            case "dcc":
                mutateDcc(draft, random);
                break;
            default:
                placeOddItem(draft, random);
                break;
        }
        // Now and then a second mutation further down, as damage in transit would add.
        int below = random.nextInt(12);
        return draft.finish(layer, random, below == 0, below == 1);
    }

    private static String pickLayer(Random random) {
        int total = 0;
        for (int weight : LAYER_WEIGHTS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < LAYERS.length; i++) {
            pick -= LAYER_WEIGHTS[i];
            if (pick < 0) {
                return LAYERS[i];
            }
        }
        throw new IllegalStateException();
    }

    /** A certificate being rebuilt: each part as the seed had it until a mutation replaces it. */
    private final class Draft {
        final Seed seed;
        final List<String> done = new ArrayList<>();
        int tagging;
        byte[] protectedBytes;
        CBORObject unprotected;
        byte[] payload;
        byte[] signature;
        boolean resigned;
        /** The COSE message as an array to encode, when a mutation changed its shape. */
        CBORObject message;
        /** Raw CBOR for a placeholder inside {@link #message}. */
        CBORObject placeholder;
        byte[] placed;
        /** The encoded COSE message, when a mutation went to its bytes. */
        byte[] coseBytes;

        Draft(Seed seed) {
            this.seed = seed;
            this.tagging = seed.tagging();
            this.protectedBytes = seed.protectedHeader();
            this.unprotected = CBORObject.DecodeFromBytes(seed.unprotected().EncodeToBytes());
            this.payload = seed.payload();
            this.signature = seed.signature();
        }

        void resign() {
            protectedBytes = protectedHeader;
            unprotected = CBORObject.NewMap();
            signature = signer.sign(sigStructure(protectedBytes, payload));
            resigned = true;
        }

        byte[] encodeCose() {
            if (coseBytes != null) {
                return coseBytes;
            }
            CBORObject array = message;
            if (array == null) {
                array = CBORObject.NewArray().Add(protectedBytes).Add(unprotected).Add(payload).Add(signature);
            }
            byte[] encoded = wrap(array, tagging).EncodeToBytes();
            return placeholder == null ? encoded : CborOddities.place(encoded, placeholder, placed);
        }

        /** Encodes the draft down to the text, mutating the zlib bytes and then the text on the way if asked. */
        Mutant finish(String layer, Random random, boolean zlib, boolean text) {
            byte[] cose = encodeCose();
            byte[] compressed = layer.equals("text") && done.isEmpty() ? seed.compressed() : ZlibCompression.compress(cose);
            if (zlib) {
                compressed = mutateCompressed(cose, compressed, random, done);
            }
            String hc1 = Hc1Prefix.add(Base45Encoding.encode(compressed));
            if (text) {
                hc1 = mutateText(hc1, random, done);
            }
            return new Mutant(seed, layer, List.copyOf(done), hc1, resigned);
        }
    }

    static byte[] sigStructure(byte[] protectedBytes, byte[] payload) {
        return CBORObject.NewArray().Add("Signature1").Add(protectedBytes).Add(new byte[0]).Add(payload).EncodeToBytes();
    }

    /** The COSE array under tagging {@code code}: none, 18, 61(18), 61, 98, 18(18), 2^64-1, 61(61(18)). */
    static CBORObject wrap(CBORObject array, int code) {
        switch (code) {
            case 0:
                return array;
            case 1:
                return CBORObject.FromObjectAndTag(array, CoseTag.COSE_SIGN1);
            case 2:
                return CBORObject.FromObjectAndTag(CBORObject.FromObjectAndTag(array, CoseTag.COSE_SIGN1), CoseTag.CWT);
            case 3:
                return CBORObject.FromObjectAndTag(array, CoseTag.CWT);
            case 4:
                return CBORObject.FromObjectAndTag(array, 98);
            case 5:
                return CBORObject.FromObjectAndTag(CBORObject.FromObjectAndTag(array, CoseTag.COSE_SIGN1), CoseTag.COSE_SIGN1);
            case 6:
                return CBORObject.FromObjectAndTag(array, EInteger.FromString("18446744073709551615"));
            default:
                return CBORObject.FromObjectAndTag(CBORObject.FromObjectAndTag(
                        CBORObject.FromObjectAndTag(array, CoseTag.COSE_SIGN1), CoseTag.CWT), CoseTag.CWT);
        }
    }

    // ---- COSE structure ----

    private void mutateCose(Draft draft, Random random) {
        List<String> done = draft.done;
        switch (random.nextInt(9)) {
            case 0: {
                draft.tagging = random.nextInt(TAGGINGS);
                done.add("tagging " + draft.tagging);
                break;
            }
            case 1: {
                CBORObject array = CBORObject.NewArray().Add(draft.protectedBytes).Add(draft.unprotected)
                        .Add(draft.payload).Add(draft.signature);
                switch (random.nextInt(5)) {
                    case 0 -> {
                        array.RemoveAt(array.size() - 1);
                        done.add("3 elements");
                    }
                    case 1 -> {
                        array.Add(draft.signature);
                        done.add("5 elements");
                    }
                    case 2 -> {
                        array = CBORObject.NewArray();
                        done.add("empty array");
                    }
                    case 3 -> {
                        array = CBORObject.NewMap().Add(0, draft.protectedBytes).Add(1, draft.unprotected)
                                .Add(2, draft.payload).Add(3, draft.signature);
                        done.add("a map of the four");
                    }
                    default -> {
                        array = CBORObject.FromObject(draft.payload);
                        done.add("the payload alone");
                    }
                }
                draft.message = array;
                break;
            }
            case 2: {
                int element = random.nextInt(4);
                CBORObject array = CBORObject.NewArray().Add(draft.protectedBytes).Add(draft.unprotected)
                        .Add(draft.payload).Add(draft.signature);
                draft.placeholder = CborOddities.placeholder(random);
                array.Set(element, draft.placeholder);
                done.add("element " + element + " replaced");
                draft.placed = random.nextBoolean() ? CborOddities.plain(random, done) : CborOddities.item(random, done);
                draft.message = array;
                break;
            }
            case 3: {
                CBORObject header = protectedHeaderVariant(random, done);
                draft.protectedBytes = header.EncodeToBytes();
                if (random.nextBoolean()) {
                    draft.signature = signer.sign(sigStructure(draft.protectedBytes, draft.payload));
                    draft.resigned = true;
                    done.add("signed again");
                }
                break;
            }
            case 4: {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        draft.protectedBytes = new byte[0];
                        done.add("empty protected header");
                    }
                    case 1 -> {
                        draft.protectedBytes = CborOddities.item(random, done);
                        done.add("protected header holds that");
                    }
                    default -> {
                        draft.protectedBytes = Bytes.mutate(draft.protectedBytes, random, done);
                        done.add("in the protected header");
                    }
                }
                if (random.nextBoolean()) {
                    draft.signature = signer.sign(sigStructure(draft.protectedBytes, draft.payload));
                    draft.resigned = true;
                    done.add("signed again");
                }
                break;
            }
            case 5: {
                CBORObject unprotected = CBORObject.NewMap();
                switch (random.nextInt(5)) {
                    case 0 -> unprotected.Add(4, signer.kid());
                    case 1 -> unprotected.Add(1, CoseAlgorithm.PS256.coseValue());
                    case 2 -> unprotected.Add(4, "kid as text");
                    case 3 -> unprotected.Add(4, Bytes.randomBytes(random, 8));
                    default -> unprotected.Add(33, CBORObject.NewArray().Add(new byte[300]));
                }
                draft.unprotected = unprotected;
                done.add("unprotected header " + unprotected);
                break;
            }
            case 6: {
                draft.payload = Bytes.mutate(draft.payload, random, done);
                done.add("in the payload");
                if (random.nextBoolean()) {
                    draft.resign();
                    done.add("signed again");
                }
                break;
            }
            case 7: {
                draft.signature = signatureVariant(draft.signature, random, done);
                break;
            }
            default: {
                // The payload signed again under another algorithm's label than the key's.
                long alg = new long[] {-37, -35, -36, -8, -257, 0}[random.nextInt(6)];
                draft.protectedBytes = CBORObject.NewOrderedMap().Add(1, alg).Add(4, signer.kid()).EncodeToBytes();
                draft.unprotected = CBORObject.NewMap();
                draft.signature = signer.sign(sigStructure(draft.protectedBytes, draft.payload));
                draft.resigned = true;
                done.add("ES256 signature labelled alg " + alg);
                break;
            }
        }
    }

    private CBORObject protectedHeaderVariant(Random random, List<String> done) {
        CBORObject header = CBORObject.NewOrderedMap();
        CBORObject[] algs = {CBORObject.FromObject(-7), CBORObject.FromObject(-37), CBORObject.FromObject(-35),
            CBORObject.FromObject(0), CBORObject.FromObject(Long.MIN_VALUE),
            CBORObject.FromObject(EInteger.FromString("-18446744073709551616")), CBORObject.FromObject("ES256"),
            CBORObject.FromObject(-7.0), CBORObject.Null, CBORObject.FromObjectAndTag(-7, 1)};
        CBORObject[] kids = {CBORObject.FromObject(signer.kid()), CBORObject.FromObject(new byte[0]),
            CBORObject.FromObject(new byte[1]), CBORObject.FromObject(Bytes.randomBytes(random, 8)),
            CBORObject.FromObject(new byte[1000]), CBORObject.FromObject("kid"), CBORObject.FromObject(4),
            CBORObject.FromObjectAndTag(signer.kid(), 24)};
        int alg = random.nextInt(algs.length + 1);
        int kid = random.nextInt(kids.length + 1);
        if (alg < algs.length) {
            header.Add(1, algs[alg]);
        }
        if (kid < kids.length) {
            header.Add(4, kids[kid]);
        }
        int extra = random.nextInt(4);
        switch (extra) {
            case 1 -> header.Add(2, CBORObject.NewArray().Add(99)); // crit, naming a parameter nobody knows
            case 2 -> header.Add(3, "application/cwt");
            case 3 -> header.Add(CBORObject.FromObject(EInteger.FromString("18446744073709551616")), 1);
            default -> {
            }
        }
        done.add("protected header alg #" + alg + ", kid #" + kid + ", extra #" + extra);
        return header;
    }

    private static byte[] signatureVariant(byte[] signature, Random random, List<String> done) {
        byte[] order = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xBC, (byte) 0xE6, (byte) 0xFA, (byte) 0xAD,
            (byte) 0xA7, 0x17, (byte) 0x9E, (byte) 0x84, (byte) 0xF3, (byte) 0xB9, (byte) 0xCA, (byte) 0xC2, (byte) 0xFC, 0x63,
            0x25, 0x51}; // n, the order of P-256
        switch (random.nextInt(9)) {
            case 0:
                done.add("empty signature");
                return new byte[0];
            case 1:
                done.add("signature of zeros");
                return new byte[64];
            case 2:
                done.add("r = n");
                return Bytes.concat(order, java.util.Arrays.copyOfRange(signature, Math.min(32, signature.length),
                        Math.min(64, signature.length)));
            case 3:
                done.add("r = s = n");
                return Bytes.concat(order, order);
            case 4: {
                int length = new int[] {1, 31, 63, 65, 70, 128, 256, 384, 512}[random.nextInt(9)];
                done.add("random signature of " + length + " bytes");
                return Bytes.randomBytes(random, length);
            }
            case 5:
                done.add("signature twice");
                return Bytes.concat(signature, signature);
            case 6: {
                done.add("signature in DER");
                byte[] der = Bytes.concat(new byte[] {0x30, 0x44, 0x02, 0x20}, java.util.Arrays.copyOf(signature, 32),
                        new byte[] {0x02, 0x20}, java.util.Arrays.copyOfRange(signature, Math.min(32, signature.length),
                        Math.max(Math.min(32, signature.length), Math.min(64, signature.length))));
                return der;
            }
            default:
                done.add("in the signature");
                return Bytes.mutate(signature, random, done);
        }
    }

    // ---- CWT claims ----

    private void mutateClaims(Draft draft, Random random) {
        CBORObject claims = draft.seed.claims();
        List<String> done = draft.done;
        CBORObject placeholder = null;
        byte[] placed = null;
        if (claims.getType() != CBORType.Map) {
            claims = CBORObject.NewMap();
        }
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            switch (random.nextInt(7)) {
                case 0, 1: {
                    int key = random.nextBoolean() ? 4 : 6;
                    CBORObject time = timeVariant(random, done);
                    claims.Set(key, time);
                    done.add("claim " + key + " = " + time);
                    break;
                }
                case 2: {
                    int key = new int[] {1, 4, 6, -260}[random.nextInt(4)];
                    claims.Remove(CBORObject.FromObject(key));
                    done.add("no claim " + key);
                    break;
                }
                case 3: {
                    int key = new int[] {1, 4, 6, -260}[random.nextInt(4)];
                    placeholder = CborOddities.placeholder(random);
                    placed = random.nextBoolean() ? CborOddities.plain(random, done) : CborOddities.item(random, done);
                    claims.Set(key, placeholder);
                    done.add("claim " + key + " is that");
                    break;
                }
                case 4: {
                    CBORObject hcert = claims.get(-260);
                    CBORObject dcc = hcert != null && hcert.getType() == CBORType.Map ? hcert.get(1) : null;
                    CBORObject variant;
                    switch (random.nextInt(4)) {
                        case 0 -> variant = CBORObject.NewMap().Add("1", dcc == null ? CBORObject.NewMap() : dcc);
                        case 1 -> variant = CBORObject.NewMap().Add(1, dcc == null ? CBORObject.NewMap() : dcc).Add(2, "extra");
                        case 2 -> variant = CBORObject.NewArray().Add(dcc == null ? CBORObject.NewMap() : dcc);
                        default -> variant = CBORObject.NewMap().Add(1, CBORObject.FromObjectAndTag(
                                dcc == null ? CBORObject.NewMap() : dcc, 1004));
                    }
                    claims.Set(-260, variant);
                    done.add("hcert variant " + variant.getType());
                    break;
                }
                case 5: {
                    CBORObject[] keys = {CBORObject.FromObject("iss"), CBORObject.FromObject(-261),
                        CBORObject.FromObject(EInteger.FromString("-18446744073709551616")), CBORObject.FromObject(1.5),
                        CBORObject.NewArray().Add(1), CBORObject.FromObject(new byte[] {4})};
                    CBORObject key = keys[random.nextInt(keys.length)];
                    claims.Set(key, CBORObject.FromObject("x"));
                    done.add("claim keyed " + key);
                    break;
                }
                default: {
                    CBORObject[] issuers = {CBORObject.FromObject(""), CBORObject.FromObject("X".repeat(5000)),
                        CBORObject.FromObject(42), CBORObject.FromObject(new byte[] {'V', 'N'}), CBORObject.Null};
                    CBORObject issuer = issuers[random.nextInt(issuers.length)];
                    claims.Set(1, issuer);
                    done.add("iss " + issuer.getType());
                    break;
                }
            }
        }
        byte[] encoded = claims.EncodeToBytes();
        draft.payload = placeholder == null ? encoded : CborOddities.place(encoded, placeholder, placed);
        if (random.nextInt(8) != 0) {
            draft.resign();
            done.add("signed again");
        }
    }

    private static CBORObject timeVariant(Random random, List<String> done) {
        long now = ISSUED.getEpochSecond();
        switch (random.nextInt(7)) {
            case 0:
                return CBORObject.FromObject(Bytes.interestingNumber(random));
            case 1:
                return CBORObject.FromObject(new long[] {now, now + 59, now + 60, now + 61, now - 1, Instant.MAX.getEpochSecond(),
                    Instant.MAX.getEpochSecond() + 1, Instant.MIN.getEpochSecond(), Instant.MIN.getEpochSecond() - 1,
                    -62_135_596_800L, 253_402_300_800L}[random.nextInt(11)]);
            case 2:
                return CBORObject.FromObject(EInteger.FromString(new String[] {"18446744073709551616",
                    "-18446744073709551617", "9223372036854775808", "1" + "0".repeat(60)}[random.nextInt(4)]));
            case 3:
                return CBORObject.FromObject(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    1e300, -1e300, 9.3e18, -9.3e18, now + 0.5, -0.0, 3.2e10}[random.nextInt(10)]);
            case 4:
                return CBORObject.FromObjectAndTag(now, 1);
            case 5:
                return CBORObject.FromObjectAndTag("2026-03-01T01:00:00Z", 0);
            default:
                return CBORObject.FromObject(new String[] {"1772326800", "", "soon"}[random.nextInt(3)]);
        }
    }

    // ---- DCC ----

    private void mutateDcc(Draft draft, Random random) {
        List<String> done = draft.done;
        JsonNode dcc = draft.seed.dcc().deepCopy();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            dcc = mutateJson(dcc, random, done);
        }
        CBORObject claims = draft.seed.claims();
        CBORObject dccCbor;
        try {
            dccCbor = CborJson.toCbor(dcc);
        } catch (IllegalArgumentException e) {
            dccCbor = CBORObject.FromObject("no CBOR form");
        }
        CBORObject placeholder = null;
        byte[] placed = null;
        if (random.nextInt(4) == 0) {
            placeholder = CborOddities.placeholder(random);
            placed = random.nextBoolean() ? CborOddities.plain(random, done) : CborOddities.item(random, done);
            dccCbor = placeInTree(dccCbor, placeholder, random, done);
        }
        claims.Set(-260, CBORObject.NewMap().Add(1, dccCbor));
        byte[] encoded = claims.EncodeToBytes();
        draft.payload = placeholder == null ? encoded : CborOddities.place(encoded, placeholder, placed);
        if (random.nextInt(10) != 0) {
            draft.resign();
            done.add("signed again");
        }
    }

    /** The tree with the placeholder at a random place: a value of a map or an item of an array, or the tree itself. */
    private static CBORObject placeInTree(CBORObject tree, CBORObject placeholder, Random random, List<String> done) {
        CBORObject node = tree;
        StringBuilder path = new StringBuilder("$");
        while (true) {
            if (node.getType() == CBORType.Map && node.size() > 0) {
                List<CBORObject> keys = new ArrayList<>(node.getKeys());
                CBORObject key = random.nextInt(4) == 0 ? CBORObject.FromObject("x" + random.nextInt(3))
                        : keys.get(random.nextInt(keys.size()));
                CBORObject child = node.get(key);
                if (child == null || random.nextInt(3) == 0 || !(child.getType() == CBORType.Map || child.getType() == CBORType.Array)) {
                    node.Set(key, placeholder);
                    done.add("odd item at " + path + "." + key);
                    return tree;
                }
                path.append('.').append(key);
                node = child;
            } else if (node.getType() == CBORType.Array && node.size() > 0) {
                int index = random.nextInt(node.size());
                CBORObject child = node.get(index);
                if (random.nextInt(3) == 0 || !(child.getType() == CBORType.Map || child.getType() == CBORType.Array)) {
                    node.Set(index, placeholder);
                    done.add("odd item at " + path + "[" + index + "]");
                    return tree;
                }
                path.append('[').append(index).append(']');
                node = child;
            } else {
                if (node == tree) {
                    done.add("odd item as the DCC");
                    return placeholder;
                }
                done.add("odd item at " + path);
                return tree;
            }
        }
    }

    private static final String[][] FIELD_VALUES = {
        {"ver", "1.3.0", "1.0.0", "", "9.9.9", "1.3", "x", "1.3.0.0"},
        {"dob", "", "1900-01-01", "2021-02-30", "0000-00-00", "99999-01-01", "1985-03-07T00:00:00Z", "1985", "1985-13",
            "x", "-1985-03-07"},
        {"nam.fnt", "", "DANG<VAN", "dang", "A".repeat(81), "ĐẶNG", "<"},
        {"nam.fn", "", "x".repeat(81), "\u0000", "Đặng\uD83D\uDE00"},
        {"v.0.dt", "", "2021-08-10T00:00:00Z", "2021-02-30", "1", "2021-08-10+07:00"},
        {"v.0.ci", "", UVCI, REVOKED_UVCI, "URN:UVCI:01:VN:X", "U".repeat(81), "urn:uvci:01:vn:0123"},
        {"v.0.co", "VN", "XX", "", "vn", "VNM"},
        {"v.0.mp", "", "EU/1/20/1528", "X".repeat(81)},
        {"v.0.tg", "840539006", "0", ""},
    };

    private static JsonNode mutateJson(JsonNode dcc, Random random, List<String> done) {
        switch (random.nextInt(8)) {
            case 0: {
                String[] field = FIELD_VALUES[random.nextInt(FIELD_VALUES.length)];
                String value = field[1 + random.nextInt(field.length - 1)];
                setPath(dcc, field[0], NODES.textNode(value));
                done.add(field[0] + " = \"" + (value.length() > 20 ? value.substring(0, 20) + "..." : value) + "\"");
                return dcc;
            }
            case 1: {
                String path = new String[] {"v.0.dn", "v.0.sd"}[random.nextInt(2)];
                long number = Bytes.interestingNumber(random);
                setPath(dcc, path, NODES.numberNode(number));
                done.add(path + " = " + number);
                return dcc;
            }
            case 2: {
                JsonNode[] values = {NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0), NODES.numberNode(1e308),
                    NODES.textNode(""), NODES.textNode("A".repeat(new int[] {100, 5_000, 60_000}[random.nextInt(3)])),
                    NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(-1)};
                JsonNode value = values[random.nextInt(values.length)];
                String where = replaceRandom(dcc, value, random);
                done.add(where + " = " + (value.isTextual() ? "text of " + value.textValue().length() : value.getNodeType()));
                return dcc;
            }
            case 3: {
                String where = removeRandom(dcc, random);
                done.add("removed " + where);
                return dcc;
            }
            case 4: {
                if (dcc.path("v").isArray() && dcc.path("v").size() > 0) {
                    int copies = new int[] {0, 2, 10, 100, 300, 1000}[random.nextInt(6)];
                    ArrayNode entries = NODES.arrayNode();
                    for (int i = 0; i < copies; i++) {
                        entries.add(dcc.path("v").get(0).deepCopy());
                    }
                    ((ObjectNode) dcc).set("v", entries);
                    done.add(copies + " vaccination entries");
                }
                return dcc;
            }
            case 5: {
                if (dcc.isObject()) {
                    String kind = new String[] {"t", "r"}[random.nextInt(2)];
                    JsonNode entry = dcc.path("v").path(0);
                    ((ObjectNode) dcc).set(kind, random.nextBoolean() ? NODES.arrayNode() : NODES.arrayNode().add(entry.deepCopy()));
                    done.add("a " + kind + " array beside");
                }
                return dcc;
            }
            case 6: {
                int depth = new int[] {10, 100, 400, 490}[random.nextInt(4)];
                JsonNode nested = NODES.textNode("deep");
                for (int i = 0; i < depth; i++) {
                    nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("a", nested);
                }
                String where = replaceRandom(dcc, nested, random);
                done.add(where + " nested " + depth + " deep");
                return dcc;
            }
            default: {
                JsonNode[] roots = {NODES.arrayNode().add(dcc), NODES.textNode("dcc"), NODES.objectNode()};
                int pick = random.nextInt(roots.length);
                done.add("DCC replaced by #" + pick);
                return roots[pick];
            }
        }
    }

    private static void setPath(JsonNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = steps[i].chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(steps[i])) : node.path(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (node.isObject()) {
            ((ObjectNode) node).set(last, value);
        }
    }

    /** Replaces a random field or item below the root; names where. */
    private static String replaceRandom(JsonNode root, JsonNode value, Random random) {
        JsonNode node = root;
        String path = "$";
        while (true) {
            if (node.isObject() && node.size() > 0) {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                JsonNode child = node.get(name);
                if (!child.isContainerNode() || child.size() == 0 || random.nextInt(3) == 0) {
                    ((ObjectNode) node).set(name, value);
                    return path + "." + name;
                }
                path += "." + name;
                node = child;
            } else if (node.isArray() && node.size() > 0) {
                int index = random.nextInt(node.size());
                JsonNode child = node.get(index);
                if (!child.isContainerNode() || child.size() == 0 || random.nextInt(3) == 0) {
                    ((ArrayNode) node).set(index, value);
                    return path + "[" + index + "]";
                }
                path += "[" + index + "]";
                node = child;
            } else {
                return path + " (nothing to replace)";
            }
        }
    }

    private static String removeRandom(JsonNode root, Random random) {
        JsonNode node = root;
        String path = "$";
        while (node.isContainerNode() && node.size() > 0) {
            if (node.isObject()) {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                JsonNode child = node.get(name);
                if (!child.isContainerNode() || child.size() == 0 || random.nextBoolean()) {
                    ((ObjectNode) node).remove(name);
                    return path + "." + name;
                }
                path += "." + name;
                node = child;
            } else {
                int index = random.nextInt(node.size());
                JsonNode child = node.get(index);
                if (!child.isContainerNode() || child.size() == 0 || random.nextBoolean()) {
                    ((ArrayNode) node).remove(index);
                    return path + "[" + index + "]";
                }
                path += "[" + index + "]";
                node = child;
            }
        }
        return path + " (nothing)";
    }

    // ---- odd CBOR anywhere ----

    private void placeOddItem(Draft draft, Random random) {
        List<String> done = draft.done;
        byte[] odd = CborOddities.item(random, done);
        switch (random.nextInt(6)) {
            case 0: {
                draft.coseBytes = odd;
                done.add("as the COSE message");
                break;
            }
            case 1: {
                draft.payload = odd;
                done.add("as the payload's content");
                draft.resign();
                break;
            }
            case 2: {
                draft.protectedBytes = odd;
                done.add("as the protected header's content");
                draft.signature = signer.sign(sigStructure(draft.protectedBytes, draft.payload));
                draft.resigned = true;
                break;
            }
            case 3: {
                CBORObject claims = draft.seed.claims();
                CBORObject placeholder = CborOddities.placeholder(random);
                CBORObject hcert = claims.get(-260);
                if (hcert != null && hcert.getType() == CBORType.Map) {
                    hcert.Set(1, placeholder);
                    done.add("as the DCC");
                } else {
                    claims.Set(-260, placeholder);
                    done.add("as the hcert claim");
                }
                draft.payload = CborOddities.place(claims.EncodeToBytes(), placeholder, odd);
                draft.resign();
                break;
            }
            case 4: {
                CBORObject claims = draft.seed.claims();
                CBORObject placeholder = CborOddities.placeholder(random);
                claims.Set(new int[] {4, 6, 1}[random.nextInt(3)], placeholder);
                done.add("as a claim");
                draft.payload = CborOddities.place(claims.EncodeToBytes(), placeholder, odd);
                draft.resign();
                break;
            }
            default: {
                CBORObject array = CBORObject.NewArray().Add(draft.protectedBytes).Add(draft.unprotected)
                        .Add(draft.payload).Add(draft.signature);
                int element = random.nextInt(4);
                draft.placeholder = CborOddities.placeholder(random);
                draft.placed = odd;
                array.Set(element, draft.placeholder);
                draft.message = array;
                done.add("as COSE element " + element);
                break;
            }
        }
    }

    // ---- zlib and text ----

    private static byte[] mutateCompressed(byte[] cose, byte[] compressed, Random random, List<String> done) {
        switch (random.nextInt(9)) {
            case 0: {
                int level = random.nextInt(10);
                int strategy = new int[] {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY}[random.nextInt(3)];
                done.add("deflated at level " + level + ", strategy " + strategy);
                return deflate(cose, level, strategy, false, null);
            }
            case 1:
                done.add("raw deflate, no zlib header");
                return deflate(cose, 9, Deflater.DEFAULT_STRATEGY, true, null);
            case 2:
                done.add("with a preset dictionary");
                return deflate(cose, 9, Deflater.DEFAULT_STRATEGY, false, "HC1".getBytes(StandardCharsets.US_ASCII));
            case 3: {
                int[] cmfs = {0x08, 0x18, 0x28, 0x38, 0x48, 0x58, 0x68, 0x78, 0x88, 0x7F, 0x00};
                byte[] out = compressed.clone();
                out[0] = (byte) cmfs[random.nextInt(cmfs.length)];
                int flg = out[1] & 0xE0;
                while ((((out[0] & 0xFF) << 8) | flg) % 31 != 0) {
                    flg++;
                }
                out[1] = (byte) flg;
                done.add(String.format("zlib header %02X %02X", out[0] & 0xFF, out[1] & 0xFF));
                return out;
            }
            case 4: {
                int missing = 1 + random.nextInt(Math.min(8, compressed.length - 1));
                done.add("last " + missing + " bytes of the stream missing");
                return java.util.Arrays.copyOf(compressed, compressed.length - missing);
            }
            case 5:
                done.add("two zlib streams");
                return Bytes.concat(compressed, compressed);
            case 6: {
                int size = new int[] {65_535, 65_536, 65_537, 1 << 20, 16 << 20}[random.nextInt(5)];
                done.add("the message followed by zeros, " + size + " bytes inflated");
                byte[] padded = java.util.Arrays.copyOf(cose, Math.max(cose.length, size));
                return deflate(padded, 9, Deflater.DEFAULT_STRATEGY, false, null);
            }
            default: {
                byte[] out = compressed;
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    out = Bytes.mutate(out, random, done);
                }
                return out;
            }
        }
    }

    private static byte[] deflate(byte[] data, int level, int strategy, boolean raw, byte[] dictionary) {
        Deflater deflater = new Deflater(level, raw);
        try {
            deflater.setStrategy(strategy);
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String mutateText(String hc1, Random random, List<String> done) {
        String text = hc1;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(8)) {
                case 0, 1: {
                    if (at < text.length()) {
                        char c = BASE45_ALPHABET.charAt(random.nextInt(BASE45_ALPHABET.length()));
                        text = text.substring(0, at) + c + text.substring(at + 1);
                        done.add("character " + at + " = '" + c + "'");
                    }
                    break;
                }
                case 2: {
                    String[] odd = {"a", "\u0000", "\n", "é", "\uD83D\uDE00", "\uD800", "=", "_", "\t", "ǅ"};
                    String c = odd[random.nextInt(odd.length)];
                    text = text.substring(0, at) + c + text.substring(at);
                    done.add("inserted U+" + Integer.toHexString(c.codePointAt(0)) + " at " + at);
                    break;
                }
                case 3: {
                    int length = Math.min(text.length() - at, 1 + random.nextInt(3));
                    text = text.substring(0, at) + text.substring(at + length);
                    done.add("deleted " + length + " at " + at);
                    break;
                }
                case 4: {
                    text = text.substring(0, at);
                    done.add("cut at " + at);
                    break;
                }
                case 5: {
                    String[] prefixes = {"hc1:", "HC1", "HC2:", "", " HC1:", "HC1:HC1:", "HC1:\n", "ＨＣ1:"};
                    String prefix = prefixes[random.nextInt(prefixes.length)];
                    text = prefix + (text.startsWith(Hc1Prefix.PREFIX) ? text.substring(Hc1Prefix.PREFIX.length()) : text);
                    done.add("prefix \"" + prefix + "\"");
                    break;
                }
                case 6: {
                    String filler = random.nextBoolean() ? "0" : " ";
                    text = text + filler.repeat(1 + random.nextInt(4));
                    done.add("appended");
                    break;
                }
                default: {
                    String tail = text.substring(Math.min(at, text.length()));
                    text = text + tail;
                    done.add("repeated from " + at);
                    break;
                }
            }
        }
        return text;
    }

    // ---- seeds ----

    private static Seed seed(String name, String hc1) {
        byte[] compressed = Base45Encoding.decode(hc1.substring(Hc1Prefix.PREFIX.length()));
        byte[] cose = ZlibCompression.decompress(compressed);
        CBORObject message = CBORObject.DecodeFromBytes(cose);
        int tagging = 0;
        if (message.HasMostOuterTag(CoseTag.CWT)) {
            tagging = 2;
        } else if (message.HasMostOuterTag(CoseTag.COSE_SIGN1)) {
            tagging = 1;
        }
        while (message.isTagged()) {
            message = message.UntagOne();
        }
        byte[] payload = message.get(2).GetByteString();
        CBORObject claims = CBORObject.DecodeFromBytes(payload);
        JsonNode dcc = CborJson.toJson(claims.get(-260).get(1));
        return new Seed(name, hc1, compressed, cose, tagging, message.get(0).GetByteString(), message.get(1), payload,
                message.get(3).GetByteString(), dcc, instant(claims.get(6)), instant(claims.get(4)));
    }

    private static Instant instant(CBORObject time) {
        CBORObject value = time;
        while (value.isTagged()) {
            value = value.UntagOne();
        }
        return Instant.ofEpochSecond(value.getType() == CBORType.Integer ? value.AsInt64Value() : (long) value.AsDoubleValue());
    }

    private static JsonNode vector(String path) {
        try (InputStream in = MutatedCertificates.class.getClassLoader().getResourceAsStream("dcc-testdata/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no conformance vector " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
