package vn.vaxpass.server.demo;

import java.util.Optional;

import vn.vaxpass.lookup.PhoneNumber;

/**
 * What {@code serve} prints to try the demo data, with real values from it: curl lines that work when pasted into a
 * shell beside the repository ({@code deploy/vaxpass token} signs with the development key the server trusts).
 */
public final class DemoHints {

    private DemoHints() {
    }

    /** A date of birth as a Vietnamese clerk or citizen types it (dd/mm/yyyy); a year alone stays as it is. */
    static String asTyped(String isoDate) {
        String[] parts = isoDate.split("-");
        return parts.length == 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : isoDate;
    }

    /** The lookup's request body for the demo subject. */
    public static String lookupBody(DemoSubject subject) {
        return "{\"idNumber\":\"" + subject.idNumber() + "\",\"dateOfBirth\":\"" + subject.dateOfBirth() + "\"}";
    }

    public static String text(int port, DemoData.Outcome outcome, Optional<DemoSubject> subject) {
        if (subject.isEmpty()) {
            return outcome == DemoData.Outcome.DATA_PRESENT
                    ? "Demo data: not added, the database already holds subjects (VAXPASS_DEMO=false turns this off).\n"
                    : "Demo data: added, but no subject has a certificate available yet.\n";
        }
        DemoSubject demo = subject.get();
        String base = "http://localhost:" + port;
        String lookup = "curl -s -H \"Authorization: Bearer $CITIZEN\" -H 'Content-Type: application/json' -d '"
                + lookupBody(demo) + "' " + base + "/v1/lookup/by-id-number";
        return """
                Demo data (%1$s): %2$,d synthetic people in the registry, %3$,d vaccination subjects, their doses \
                confirmed by '%4$s'. Names, ID numbers and dates of birth below are made up.
                  A citizen opens the portal, %8$s/, and asks with phone %11$s, name %12$s, born %13$s;
                  the SMS code waits in serve's SMS outbox (serve texts nobody):
                                deploy/vaxpass sms-outbox --phone %14$s
                  Or, signed in with the national ID (subject %5$s):
                                CITIZEN=$(deploy/vaxpass token --role citizen --id-number %6$s)
                                %7$s
                  ...and fetches the certificate as PNG with the session the lookup grants:
                                SESSION=$(%7$s | sed -E 's/.*"token":"([^"]+)".*/\\1/')
                                curl -H "Authorization: Bearer $SESSION" -H 'Accept: image/png' -o certificate.png %8$s/v1/subjects/%5$s/certificate
                                curl -H 'Content-Type: image/png' --data-binary @certificate.png %8$s/v1/certificates/verify
                  Commune health staff match their commune against the registry:
                                TOKEN=$(deploy/vaxpass token --role commune-health --province %9$s --commune %10$s)
                                curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"scope":"commune","code":"%10$s"}' %8$s/v1/registry-match/jobs
                """.formatted(outcome == DemoData.Outcome.SEEDED ? "generated now" : "generated on an earlier start",
                DemoData.PEOPLE, DemoData.SUBJECTS, DemoData.CONFIRMER, demo.subjectId(), demo.idNumber(), lookup,
                base, demo.provinceCode(), demo.communeCode(), demo.phone(), demo.fullName(),
                asTyped(demo.dateOfBirth()), PhoneNumber.parse(demo.phone()).map(PhoneNumber::e164).orElse(demo.phone()));
    }
}
