package vn.vaxpass.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One registry-match run's result for one subject; every run is kept (view latest_match_result). */
@Entity
@Table(name = "match_result")
public class MatchResult extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "match_result_seq", sequenceName = "match_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_result_seq")
    public Long id;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "subject_version")
    public int subjectVersion;

    @Enumerated(EnumType.STRING)
    public MatchStatus status;

    @Column(name = "mismatched_fields")
    public String mismatchedFields;

    @Column(name = "suggested_id_number")
    public String suggestedIdNumber;

    public BigDecimal confidence;

    @Column(name = "matched_at")
    public Instant matchedAt;

    @Column(name = "job_id")
    public UUID jobId;
}
