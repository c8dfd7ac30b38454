package vn.vaxpass.functions.correction;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.vaxpass.correction.OfficerCa;

/** The test CA officers sign under, made for the test run and trusted by the function's configuration. */
public class OfficerCaResource implements QuarkusTestResourceLifecycleManager {

    /** Stands in for the government CA. */
    static final OfficerCa VGCA = OfficerCa.named("Test VGCA");

    @Override
    public Map<String, String> start() {
        return Map.of("vaxpass.correction.officer-signature.trust-anchors-pem", VGCA.rootPem());
    }

    @Override
    public void stop() {
        // Nothing runs: the CA is keys in memory.
    }
}
