package vn.vaxpass.vaccination;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One vaccination dose, with the EU value-set codes of its product, manufacturer and prophylaxis. */
@Entity
@Table(name = "dose")
public class Dose extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "dose_seq", sequenceName = "dose_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dose_seq")
    public Long id;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "dose_number")
    public short doseNumber;

    @Column(name = "total_doses")
    public short totalDoses;

    @Column(name = "vaccinated_on")
    public LocalDate vaccinatedOn;

    public String product;

    public String manufacturer;

    public String prophylaxis;

    public String lot;

    @Column(name = "facility_code")
    public String facilityCode;
}
