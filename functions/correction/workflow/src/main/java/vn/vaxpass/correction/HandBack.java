package vn.vaxpass.correction;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The police's signed hand-back of a list: who signed, when, the hash of every decision, and the signed document
 * ({@link HandBackDocument}) the station and an auditor can check. {@link #officerSignature} is the officer's own
 * signature over the same hash (a CMS signature under a government CA certificate, {@link OfficerSignatures}), which
 * replaces the server's as the hand-back's signature where it exists; the server's document stays, carrying the
 * decisions the hash is made of.
 */
@Entity
@Table(name = "correction_hand_back")
public class HandBack extends PanacheEntityBase {

    @Id
    public UUID listId;
    public String officer;
    public Instant signedAt;
    public String decisionsHash;
    public String keyId;
    public String document;
    /** The officer's CMS signature, base64; null until attached. */
    public String officerSignature;
    public String officerCertificateSubject;
    public String officerCertificateIssuer;
    public String officerCertificateSerial;
    public Instant officerSignedAt;
    /** The police account that attached the officer's signature. */
    public String officerSignatureAttachedBy;
    public Instant appliedAt;
    @Version
    public int version;
}
