package vn.vaxpass.access;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a caller's authority reaches, and the questions every feature asks of it before it shows or changes
 * anything. One reach per role:
 * <ul>
 *   <li>{@link Ministry}: the Ministry of Health, nationwide;</li>
 *   <li>{@link Province}: a province's health department, the people of every commune of its province;</li>
 *   <li>{@link Commune}: a commune health station, the people of its commune;</li>
 *   <li>{@link VillageTeam}: a village team of a commune, the clean-up items its station assigned to its village;</li>
 *   <li>{@link CommunePolice}: a commune's police, the people of its commune as the clean-up lists show them;</li>
 *   <li>{@link Facility}: a vaccination facility's staff, acting for it and for the people it vaccinated;</li>
 *   <li>{@link Citizen}: a citizen logged in to the portal, with the ID number the login proved;</li>
 *   <li>{@link CitizenSession}: the short-lived session the lookup grants for one subject's certificate;</li>
 *   <li>{@link Several}: a caller with several roles reaches what any of them reaches.</li>
 * </ul>
 * Every question answers no unless the reach says otherwise, so a reach added for a new role (the correction
 * workflow's village teams and commune police, say) reaches nothing until it says what. Codes are compared as given:
 * a null or unknown code is reached by the Ministry only.
 *
 * <p>Tokens name communes as they are today (issue 11), while records keep the codes they were entered with: ask about
 * a record's commune as it is today ({@code vn.vaxpass.vaccination.CommuneStore#currentOf}, or in SQL a join on
 * {@code commune_successor}), with that commune's province. A commune reach naming an old code merged into another
 * commune therefore reaches no record; what asks for the old code as a unit refuses it ({@code COMMUNE_MERGED}).
 */
public sealed interface Reach {

    /** The problem code of a request for what lies outside the caller's reach. */
    String OUTSIDE_JURISDICTION = "OUTSIDE_JURISDICTION";

    /** Whether the caller may see and change the people of this commune, which lies in this province. */
    default boolean reachesCommune(String communeCode, String provinceCode) {
        return false;
    }

    /** Whether the caller may see and change everyone of this province, every commune of it included. */
    default boolean reachesProvince(String provinceCode) {
        return false;
    }

    /** Whether the caller may see and change what belongs to this area (the province as a whole, or one commune). */
    default boolean reaches(Area area) {
        return area.isCommune() ? reachesCommune(area.communeCode(), area.provinceCode())
                : reachesProvince(area.provinceCode());
    }

    /**
     * Whether the caller may see and work what a commune's clean-up list assigned to this village (a label the commune's
     * station chose): whoever reaches the commune reaches its villages; a village team reaches its own village only.
     */
    default boolean reachesVillage(String communeCode, String provinceCode, String village) {
        return reachesCommune(communeCode, provinceCode);
    }

    /** Whether the caller acts for this vaccination facility. */
    default boolean actsForFacility(String facilityCode) {
        return false;
    }

    /**
     * Whether the caller may have this subject's certificate. One it may not have is answered as if the subject did
     * not exist.
     *
     * @param vaccinatedAt the facilities that gave the subject's doses
     */
    default boolean reachesCertificateOf(String subjectId, Collection<String> vaccinatedAt) {
        return false;
    }

    /**
     * Whether the caller may see a registry person's ID number whole where the registry suggests one (a match check,
     * a job's results). Others see it masked ({@code vn.vaxpass.registry.IdNumberMask}): health staff need only to
     * tell one suggestion from another, and the number is for the commune police to confirm. The Ministry sees it
     * whole; the correction workflow's commune police will too.
     */
    default boolean seesRegistryIdNumbersWhole() {
        return false;
    }

    /** The ID number the caller proved to hold (a citizen's portal login), as the proof gives it; empty otherwise. */
    default Optional<String> provenIdNumber() {
        return Optional.empty();
    }

    /** The reaches this one is made of: itself, or those of a caller's several roles. */
    default List<Reach> parts() {
        return List.of(this);
    }

    static Reach ministry() {
        return new Ministry();
    }

    static Reach province(String provinceCode) {
        return new Province(provinceCode);
    }

    static Reach commune(String communeCode) {
        return new Commune(communeCode);
    }

    static Reach villageTeam(String communeCode, String village) {
        return new VillageTeam(communeCode, village);
    }

    static Reach communePolice(String communeCode) {
        return new CommunePolice(communeCode);
    }

    static Reach facility(String facilityCode) {
        return new Facility(facilityCode);
    }

    /** @param idNumber the ID number the login proved; null when it proved none */
    static Reach citizen(String idNumber) {
        return new Citizen(idNumber);
    }

    static Reach citizenSession(String subjectId) {
        return new CitizenSession(subjectId);
    }

    /** What any of these reaches: the one itself when there is one, nothing when there is none. */
    static Reach anyOf(List<? extends Reach> reaches) {
        return reaches.size() == 1 ? reaches.get(0) : new Several(List.copyOf(reaches));
    }

    /** The Ministry of Health: everyone, everywhere. */
    record Ministry() implements Reach {

        @Override
        public boolean reachesCommune(String communeCode, String provinceCode) {
            return true;
        }

        @Override
        public boolean reachesProvince(String provinceCode) {
            return true;
        }

        @Override
        public boolean actsForFacility(String facilityCode) {
            return true;
        }

        @Override
        public boolean reachesCertificateOf(String subjectId, Collection<String> vaccinatedAt) {
            return true;
        }

        @Override
        public boolean seesRegistryIdNumbersWhole() {
            return true;
        }
    }

    /**
     * A province's health department: its province as it is today ({@link ProvincesToday}) and every commune of it,
     * whichever of the province's old codes a record carries.
     */
    record Province(String provinceCode) implements Reach {

        public Province {
            Objects.requireNonNull(provinceCode, "provinceCode");
        }

        @Override
        public boolean reachesCommune(String communeCode, String provinceCode) {
            return ProvincesToday.same(this.provinceCode, provinceCode);
        }

        /** The province as it is today: records entered under an old province merged into it are its too. */
        @Override
        public boolean reachesProvince(String provinceCode) {
            return ProvincesToday.same(this.provinceCode, provinceCode);
        }
    }

    /** A commune health station: its own commune only, never the province as a whole. */
    record Commune(String communeCode) implements Reach {

        public Commune {
            Objects.requireNonNull(communeCode, "communeCode");
        }

        @Override
        public boolean reachesCommune(String communeCode, String provinceCode) {
            return this.communeCode.equals(communeCode);
        }
    }

    /**
     * A village team (thôn, ấp, tổ dân phố) of a commune: the clean-up items its station assigned to its village, and
     * nothing of the commune beyond them.
     */
    record VillageTeam(String communeCode, String village) implements Reach {

        public VillageTeam {
            Objects.requireNonNull(communeCode, "communeCode");
            Objects.requireNonNull(village, "village");
        }

        @Override
        public boolean reachesVillage(String communeCode, String provinceCode, String village) {
            return this.communeCode.equals(communeCode) && this.village.equals(village);
        }
    }

    /** A commune's police: the people of its commune, to check them against the registry and decide their records. */
    record CommunePolice(String communeCode) implements Reach {

        public CommunePolice {
            Objects.requireNonNull(communeCode, "communeCode");
        }

        @Override
        public boolean reachesCommune(String communeCode, String provinceCode) {
            return this.communeCode.equals(communeCode);
        }

        /** The police check people against the registry: they see its ID numbers whole. */
        @Override
        public boolean seesRegistryIdNumbersWhole() {
            return true;
        }
    }

    /** A vaccination facility's staff: the facility, and the certificates of the people it gave a dose to. */
    record Facility(String facilityCode) implements Reach {

        public Facility {
            Objects.requireNonNull(facilityCode, "facilityCode");
        }

        @Override
        public boolean actsForFacility(String facilityCode) {
            return this.facilityCode.equals(facilityCode);
        }

        @Override
        public boolean reachesCertificateOf(String subjectId, Collection<String> vaccinatedAt) {
            return vaccinatedAt.contains(facilityCode);
        }
    }

    /**
     * A citizen logged in to the portal: the ID number the login proved, to look up. A login that proved none has
     * nothing of its own.
     *
     * @param idNumber as the login gives it; null when it gives none
     */
    record Citizen(String idNumber) implements Reach {

        @Override
        public Optional<String> provenIdNumber() {
            return Optional.ofNullable(idNumber).filter(number -> !number.isBlank());
        }
    }

    /** The session the lookup granted for one subject: that subject's certificate, nothing else. */
    record CitizenSession(String subjectId) implements Reach {

        public CitizenSession {
            Objects.requireNonNull(subjectId, "subjectId");
        }

        @Override
        public boolean reachesCertificateOf(String subjectId, Collection<String> vaccinatedAt) {
            return this.subjectId.equals(subjectId);
        }
    }

    /** A caller with several roles: what any of their reaches reaches. None reaches nothing. */
    record Several(List<Reach> reaches) implements Reach {

        public Several {
            reaches = List.copyOf(reaches);
        }

        @Override
        public boolean reachesCommune(String communeCode, String provinceCode) {
            return reaches.stream().anyMatch(reach -> reach.reachesCommune(communeCode, provinceCode));
        }

        @Override
        public boolean reachesProvince(String provinceCode) {
            return reaches.stream().anyMatch(reach -> reach.reachesProvince(provinceCode));
        }

        @Override
        public boolean reachesVillage(String communeCode, String provinceCode, String village) {
            return reaches.stream().anyMatch(reach -> reach.reachesVillage(communeCode, provinceCode, village));
        }

        @Override
        public boolean actsForFacility(String facilityCode) {
            return reaches.stream().anyMatch(reach -> reach.actsForFacility(facilityCode));
        }

        @Override
        public boolean reachesCertificateOf(String subjectId, Collection<String> vaccinatedAt) {
            return reaches.stream().anyMatch(reach -> reach.reachesCertificateOf(subjectId, vaccinatedAt));
        }

        @Override
        public boolean seesRegistryIdNumbersWhole() {
            return reaches.stream().anyMatch(Reach::seesRegistryIdNumbersWhole);
        }

        @Override
        public Optional<String> provenIdNumber() {
            return reaches.stream().map(Reach::provenIdNumber).flatMap(Optional::stream).findFirst();
        }

        @Override
        public List<Reach> parts() {
            return reaches.stream().flatMap(reach -> reach.parts().stream()).toList();
        }
    }
}
