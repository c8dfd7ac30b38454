package vn.vaxpass.correction;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A citizen's own report that their record is wrong: which details, what they should be, a note. It becomes an item
 * (source CITIZEN_REPORT) of the commune's next list; the citizen's lookup shows its state. One open report per subject.
 */
@Entity
@Table(name = "citizen_report")
public class CitizenReport extends PanacheEntityBase {

    /** Received, not yet on a list. */
    public static final String RECEIVED = "RECEIVED";
    /** On a list as an item. */
    public static final String LISTED = "LISTED";
    /** Its item was applied or closed. */
    public static final String RESOLVED = "RESOLVED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citizen_report_seq")
    @SequenceGenerator(name = "citizen_report_seq", sequenceName = "citizen_report_SEQ", allocationSize = 50)
    public Long id;
    public String subjectId;
    public String communeCode;
    public String reportedFullName;
    public String reportedDateOfBirth;
    public String reportedGender;
    public String reportedIdNumber;
    public String note;
    public String state;
    public Long itemId;
    public Instant reportedAt;
    @Version
    public int version;
}
