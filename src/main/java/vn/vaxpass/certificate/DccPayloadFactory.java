package vn.vaxpass.certificate;

import java.util.Comparator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vaxpass.identity.IcaoTransliteration;
import vn.vaxpass.identity.PersonName;

/**
 * Builds the DCC vaccination payload (DCC schema 1.3.x: ver, nam, dob, v[1]) from a checked record.
 * The latest dose is the one certified (by date, then dose number).
 */
public final class DccPayloadFactory {

    /** The schema version written into {@code ver}. */
    public static final String DCC_VERSION = "1.3.0";
    /** SNOMED CT 840539006, COVID-19: the disease targeted (value set disease-agent-targeted). */
    public static final String COVID_19 = "840539006";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final Comparator<VaccinationRecord.Dose> LATEST_LAST = Comparator
            .comparing(VaccinationRecord.Dose::date)
            .thenComparing(VaccinationRecord.Dose::doseNumber);

    private DccPayloadFactory() {
    }

    /** The latest dose; of equal ones, the first in the record (as {@code Stream.max} picks). */
    public static VaccinationRecord.Dose certifiedDose(VaccinationRecord record) {
        VaccinationRecord.Dose latest = null;
        for (VaccinationRecord.Dose dose : record.doses()) {
            if (latest == null || LATEST_LAST.compare(dose, latest) > 0) {
                latest = dose;
            }
        }
        if (latest == null) {
            throw new IllegalArgumentException("the record has no dose");
        }
        return latest;
    }

    public static ObjectNode create(VaccinationRecord record, String uvci) {
        PersonName name = PersonName.fromFullName(record.fullName());
        ObjectNode nam = JSON.objectNode();
        nam.put("fn", name.familyName());
        nam.put("fnt", IcaoTransliteration.transliterate(name.familyName()));
        if (!name.givenNames().isEmpty()) {
            nam.put("gn", name.givenNames());
            nam.put("gnt", IcaoTransliteration.transliterate(name.givenNames()));
        }
        VaccinationRecord.Dose dose = certifiedDose(record);
        ObjectNode vaccination = JSON.objectNode()
                .put("tg", COVID_19)
                .put("vp", dose.prophylaxis())
                .put("mp", dose.product())
                .put("ma", dose.manufacturer())
                .put("dn", dose.doseNumber())
                .put("sd", dose.totalDoses())
                .put("dt", dose.date())
                .put("co", dose.country())
                .put("is", dose.issuer())
                .put("ci", uvci);
        ObjectNode dcc = JSON.objectNode();
        dcc.put("ver", DCC_VERSION);
        dcc.set("nam", nam);
        dcc.put("dob", record.dateOfBirth());
        dcc.putArray("v").add(vaccination);
        return dcc;
    }
}
