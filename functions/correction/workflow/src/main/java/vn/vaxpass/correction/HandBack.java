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
 * ({@link HandBackDocument}) the station and an auditor can check. {@link #officerSignature} is room for the officer's
 * own signature over the same hash (a government CA certificate's), which replaces the server's where it exists.
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
    public String officerSignature;
    public Instant appliedAt;
    @Version
    public int version;
}
