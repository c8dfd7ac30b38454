package vn.vaxpass.correction;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.kms.KmsClient;
import vn.vaxpass.signing.KmsEcdsaP256Key;

/**
 * The hand-back keys in KMS (mode {@code kms}): ECC_NIST_P256 keys named in
 * {@code vaxpass.correction.hand-back.kms-key-ids}, oldest first. The last signs (KMS {@code Sign}, ECDSA_SHA_256);
 * every key's public half comes from {@code GetPublicKey} and stays served by its key id. To rotate, create a newer
 * key and append its id: the older keys are never used to sign again but still verify what they signed. The keys are
 * fetched on first use, so routes that never sign or check a hand-back do not call KMS at start-up.
 */
final class KmsHandBackKeys implements HandBackKeys {

    private record Key(String id, KmsEcdsaP256Key kms) {
    }

    private final KmsClient client;
    private final List<String> kmsKeyIds;
    private volatile List<Key> keys;

    KmsHandBackKeys(KmsClient client, List<String> kmsKeyIds) {
        if (kmsKeyIds.isEmpty()) {
            throw new IllegalArgumentException("vaxpass.correction.hand-back.kms-key-ids names no KMS key");
        }
        this.client = client;
        this.kmsKeyIds = List.copyOf(kmsKeyIds);
    }

    @Override
    public String currentKeyId() {
        return current().id();
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        return current().kms().sign(toBeSigned);
    }

    @Override
    public Map<String, PublicKey> publicKeys() {
        Map<String, PublicKey> byId = new LinkedHashMap<>();
        all().forEach(key -> byId.put(key.id(), key.kms().publicKey()));
        return byId;
    }

    private Key current() {
        List<Key> all = all();
        return all.get(all.size() - 1);
    }

    private List<Key> all() {
        List<Key> loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = kmsKeyIds.stream().map(id -> new KmsEcdsaP256Key(client, id))
                            .map(kms -> new Key(HandBackKeys.keyId(kms.publicKey()), kms)).toList();
                }
                loaded = keys;
            }
        }
        return loaded;
    }
}
