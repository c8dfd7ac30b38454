package vn.vaxpass.correction;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import vn.vaxpass.signing.PemFiles;

/**
 * The hand-back keys as PEM files (mode {@code local}, for {@code serve} and tests): P-256 key pairs in
 * {@code vaxpass.correction.hand-back.key-directory} ({@code hand-back-<time>.key.pem} and {@code .pub.pem}). The
 * newest pair signs; to rotate, add a newer pair (or, where allowed, let {@code generate-if-missing} make the first).
 */
final class LocalHandBackKeys implements HandBackKeys {

    private static final String PREFIX = "hand-back-";
    private static final String PRIVATE_SUFFIX = ".key.pem";
    private static final String PUBLIC_SUFFIX = ".pub.pem";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private record Key(String id, PrivateKey privateKey, PublicKey publicKey) {
    }

    /** Java's name for ECDSA whose signature is r||s (IEEE P1363), the form JWS wants, not DER. */
    private static final String ES256_RAW = "SHA256withECDSAinP1363Format";

    private final Path directory;
    private final boolean generateIfMissing;
    private final Clock clock;
    private volatile List<Key> keys;

    LocalHandBackKeys(Path directory, boolean generateIfMissing, Clock clock) {
        this.directory = directory;
        this.generateIfMissing = generateIfMissing;
        this.clock = clock;
    }

    @Override
    public String currentKeyId() {
        return current().id();
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        try {
            Signature signature = Signature.getInstance(ES256_RAW);
            signature.initSign(current().privateKey());
            signature.update(toBeSigned);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the hand-back key " + current().id(), e);
        }
    }

    private Key current() {
        List<Key> all = all();
        return all.get(all.size() - 1);
    }

    @Override
    public Map<String, PublicKey> publicKeys() {
        Map<String, PublicKey> byId = new LinkedHashMap<>();
        all().forEach(key -> byId.put(key.id(), key.publicKey()));
        return byId;
    }

    private List<Key> all() {
        List<Key> loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = load();
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private List<Key> load() {
        try {
            List<Key> found = read();
            if (found.isEmpty() && generateIfMissing) {
                generate();
                found = read();
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("No hand-back key in " + directory + " (hand-back-*.key.pem and"
                        + " .pub.pem); see docs/configuration.md");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the hand-back keys in " + directory, e);
        }
    }

    private List<Key> read() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(PREFIX) && name.endsWith(PRIVATE_SUFFIX)).sorted()
                    .map(name -> name.substring(0, name.length() - PRIVATE_SUFFIX.length()))
                    .map(this::pair).toList();
        }
    }

    private Key pair(String stem) {
        PublicKey publicKey = readPublicKey(directory.resolve(stem + PUBLIC_SUFFIX));
        return new Key(HandBackKeys.keyId(publicKey), PemFiles.readPrivateKey(directory.resolve(stem + PRIVATE_SUFFIX)), publicKey);
    }

    private void generate() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            String stem = PREFIX + STAMP.format(clock.instant());
            Files.writeString(directory.resolve(stem + PUBLIC_SUFFIX), PemFiles.toPem(pair.getPublic()),
                    StandardCharsets.US_ASCII);
            PemFiles.writeSecret(directory.resolve(stem + PRIVATE_SUFFIX), PemFiles.toPem(pair.getPrivate()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform makes P-256 keys", e);
        }
    }

    private static PublicKey readPublicKey(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            return new JcaPEMKeyConverter().getPublicKey((SubjectPublicKeyInfo) parser.readObject());
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("Cannot read the hand-back public key " + file.getFileName(), e);
        }
    }
}
