package vn.vaxpass.http.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * The citizen sessions the lookup grants: short-lived tokens that let their holder fetch one subject's certificate
 * from the sign function, and nothing else. They are HMAC-SHA256 JWTs (RFC 7519, JWS HS256) under a key only the
 * lookup and the sign function hold, with an issuer of their own, so that:
 * <ul>
 * <li>the identity provider's tokens (RS256, another issuer) and these never stand in for each other
 * ({@link SessionAwarePrincipalFactory} sends each to its own check);</li>
 * <li>granting one costs microseconds: the lookup grants one per record on every call, where an RSA signature took
 * about a millisecond of CPU and was the lookup's largest cost.</li>
 * </ul>
 * The key, Base64 of at least 32 random bytes, is {@code vaxpass.citizen-session.key}; in AWS both functions get
 * the same one from Terraform. A process without one draws its own, which only that process accepts: right for the
 * one-process server, and the Lambda configuration requires the key instead.
 */
@ApplicationScoped
public class CitizenSessionTokens {

    /** The sessions' {@code iss} unless {@code vaxpass.citizen-session.issuer} says otherwise. */
    public static final String DEFAULT_ISSUER = "https://vaxpass.local/citizen-session";
    /** Shortest key accepted: HS256's output length (RFC 7518 §3.2). */
    public static final int MIN_KEY_BYTES = 32;
    /** Clock difference tolerated between the granting and the checking function. */
    private static final int CLOCK_SKEW_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(CitizenSessionTokens.class);

    private final String issuer;
    private final HmacKey key;
    private final JwtConsumer unverified;
    private final JwtConsumer verified;

    @Inject
    public CitizenSessionTokens(
            @ConfigProperty(name = "vaxpass.citizen-session.issuer", defaultValue = DEFAULT_ISSUER) String issuer,
            @ConfigProperty(name = "vaxpass.citizen-session.key") Optional<String> key) {
        this(issuer, key.map(CitizenSessionTokens::decode).orElseGet(CitizenSessionTokens::drawn));
    }

    public CitizenSessionTokens(String issuer, byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("vaxpass.citizen-session.key must hold at least " + MIN_KEY_BYTES
                    + " bytes (Base64), it holds " + key.length);
        }
        this.issuer = issuer;
        this.key = new HmacKey(key);
        this.unverified = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                .setSkipSignatureVerification().build();
        this.verified = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT,
                        AlgorithmIdentifiers.HMAC_SHA256))
                .setVerificationKey(this.key)
                .setExpectedIssuer(issuer)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setSkipDefaultAudienceValidation()
                .build();
    }

    /** A session for one subject's certificate, valid until {@code expires}. */
    public String grant(String subjectId, Instant issuedAt, Instant expires) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("lookup-session-" + UUID.randomUUID());
        claims.setStringListClaim(Claims.GROUPS, List.of(Roles.CITIZEN_SESSION));
        claims.setStringClaim(Claims.SUBJECT_ID, subjectId);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
    }

    /** Whether the token claims to be one of these sessions (its issuer, read without checking anything). */
    boolean claimsToBeASession(String token) {
        try {
            return issuer.equals(unverified.processToClaims(token).getIssuer());
        } catch (InvalidJwtException | MalformedClaimException e) {
            return false;
        }
    }

    /**
     * The session's claims, once its signature, issuer, expiry and shape are checked.
     *
     * @throws InvalidSessionException when any of them fails
     */
    JwtClaims verify(String token) {
        try {
            JwtContext context = verified.process(token);
            JwtClaims claims = context.getJwtClaims();
            if (!List.of(Roles.CITIZEN_SESSION).equals(claims.getStringListClaimValue(Claims.GROUPS))
                    || claims.getStringClaimValue(Claims.SUBJECT_ID) == null) {
                throw new InvalidSessionException("a session grants the citizen-session role for one subject only");
            }
            return claims;
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new InvalidSessionException(e.getMessage());
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.trim());
    }

    private static byte[] drawn() {
        LOG.info("vaxpass.citizen-session.key is not set: this process drew its own, so only it accepts the citizen"
                + " sessions it grants (fine for one process; every instance must share a key otherwise)");
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** A token that claimed to be a session and is not one. */
    static final class InvalidSessionException extends RuntimeException {

        InvalidSessionException(String reason) {
            super(reason, null, false, false);
        }
    }
}
