package vn.vaxpass.correction;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A commune's clean-up list: the residents whose registry check failed, worked by the station, its villages and the
 * commune police, then applied. Optimistic locking ({@link #version}): two clerks changing one list, one wins.
 */
@Entity
@Table(name = "correction_list")
public class CorrectionList extends PanacheEntityBase {

    @Id
    public UUID id;
    public String communeCode;
    public String provinceCode;
    @Enumerated(EnumType.STRING)
    public ListState state;
    public String createdBy;
    public Instant createdAt;
    public Instant sentAt;
    /** SHA-256 (hex) of the items as sent to the police ({@link ListContent}). */
    public String contentHash;
    public Instant appliedAt;
    @Version
    public int version;
}
