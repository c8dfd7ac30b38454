package vn.vaxpass.vaccination;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A vaccination subject as the vaccination platform holds them: the values clerks typed, unchanged. */
@Entity
@Table(name = "vaccination_subject")
public class VaccinationSubject extends PanacheEntityBase {

    @Id
    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "date_of_birth")
    public String dateOfBirth;

    public String gender;

    @Column(name = "id_number")
    public String idNumber;

    public String phone;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "province_code")
    public String provinceCode;

    /** Bumped whenever personal data changes, so results and certificates know which data they saw. */
    public int version = 1;

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
}
