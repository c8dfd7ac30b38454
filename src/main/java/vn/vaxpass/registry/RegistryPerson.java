package vn.vaxpass.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A person of the population registry, as its mirror holds them (keys derived at import). */
@Entity
@Table(name = "registry_person")
public class RegistryPerson extends PanacheEntityBase {

    @Id
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "old_id_number")
    public String oldIdNumber;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "name_key")
    public String nameKey;

    @Column(name = "ascii_key")
    public String asciiKey;

    @Column(name = "date_of_birth")
    public String dateOfBirth;

    @Column(name = "birth_year")
    public short birthYear;

    public String gender;

    @Column(name = "commune_code")
    public String communeCode;
}
