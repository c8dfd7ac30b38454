package vn.vaxpass.server.badinput;

import static vn.vaxpass.server.badinput.Payloads.EIGHT_MB;
import static vn.vaxpass.server.badinput.Payloads.RTL_OVERRIDE;
import static vn.vaxpass.server.badinput.Payloads.eightMbIn;
import static vn.vaxpass.server.badinput.Payloads.json;
import static vn.vaxpass.server.badinput.Payloads.utf8;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.vaxpass.http.security.Claims;
import vn.vaxpass.http.security.Roles;
import vn.vaxpass.testing.TestTokens;

/**
 * The catalogue: bad input for every endpoint that reads a body, a path or a query, each from a caller who may call
 * it, with the refusal it must get. One builder per endpoint family, in the order of docs/api.md.
 */
final class BadInputs {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String INVALID_VALUES = "INVALID_VALUES";
    static final String NOT_FOUND = "NOT_FOUND";
    /** A name as a spreadsheet formula: must never be stored, here it is refused as no name. */
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Nguyễn Văn A\")";
    static final String INVALID_CHARACTER = "INVALID_CHARACTER";
    /**
     * Path ids no endpoint has: not a UUID, a walk up the tree (encoded), over-long (1,000 characters: past 4,096 the
     * HTTP server itself answers 414 with no body, before any function), a NUL.
     */
    static final List<String> FOREIGN_IDS = List.of("not-a-uuid", "..%2F..%2Fq%2Fhealth", BadInputs.WALK_UP,
            "9".repeat(1_000), "%00", UUID.randomUUID() + "%00");
    /** "..", encoded: the server resolves it, so the request reaches the parent address, which has no such route. */
    static final String WALK_UP = "%2e%2e";

    private final BadInputPlaces.Places at;
    private final List<BadInput> cases = new ArrayList<>();

    private BadInputs(BadInputPlaces.Places at) {
        this.at = at;
    }

    static List<BadInput> against(BadInputPlaces.Places at) {
        BadInputs catalogue = new BadInputs(at);
        catalogue.verification();
        catalogue.registryMatch();
        catalogue.matchJobs();
        catalogue.certificates();
        catalogue.confirmations();
        catalogue.lookup();
        catalogue.correctionLists();
        catalogue.correctionItems();
        catalogue.handBacks();
        catalogue.listSpreadsheets();
        catalogue.subjects();
        catalogue.subjectImports();
        catalogue.reports();
        catalogue.developmentSignIn();
        return List.copyOf(catalogue.cases);
    }

    private Endpoint endpoint(String method, String path, String token) {
        return Endpoint.of(cases, method, path, token);
    }

    /** The code for a foreign id: the endpoint's own, but a NUL in a text id is no character an id can hold. */
    private static String codeFor(String id, String own, boolean textId) {
        if (id.equals(WALK_UP)) {
            return NOT_FOUND;
        }
        return textId && id.contains("%00") ? INVALID_CHARACTER : own;
    }

    private static int statusFor(String id, boolean textId) {
        return textId && id.contains("%00") ? 400 : 404;
    }

    private void verification() {
        Endpoint text = endpoint("POST", "/v1/certificates/verify", null);
        text.refusesJsonOfTheWrongShape(json("hc1", "HC1:x"), "hc1")
                .refuses("no body", new byte[0], 400, "MISSING_HC1")
                .refuses("no hc1", json(), 400, "MISSING_HC1")
                .refuses("hc1 blank", json("hc1", "   "), 400, "MISSING_HC1")
                .refuses("hc1 of 8 MB", () -> eightMbIn("hc1"), 400, "HC1_TOO_LONG")
                .findsInvalid("hc1 without its prefix", json("hc1", "NCFOXN%TS3DH"), "INVALID_SCHEME_PREFIX")
                .findsInvalid("hc1 that is no Base45", json("hc1", "HC1:~~~~"), "BASE45_DECODING_FAILED")
                .findsInvalid("hc1 with a NUL", json("hc1", "HC1:AB\u0000CD"), "BASE45_DECODING_FAILED")
                .findsInvalid("hc1 Base45 of no zlib", json("hc1", "HC1:BB8"), "DECOMPRESSION_FAILED");
        text.typed("image/png")
                .refuses("an empty PNG", new byte[0], 400, "MISSING_IMAGE")
                .refuses("text sent as PNG", utf8("HC1:NCFOXN"), 422, "NOT_AN_IMAGE")
                .refuses("a PNG signature alone", Payloads.truncatedPng(), 422, "CORRUPT_IMAGE")
                .refuses("an image over 2 MB", () -> Payloads.filled(2 * 1024 * 1024 + 1, (byte) 0x89), 413,
                        "IMAGE_TOO_LARGE");
        text.typed("image/jpeg").refuses("a broken JPEG", Payloads.brokenJpeg(), 422, "CORRUPT_IMAGE");
        text.typed("image/gif").refuses("a GIF", utf8("GIF89a"), 415, Endpoint.UNSUPPORTED_MEDIA_TYPE);
    }

    private void registryMatch() {
        Endpoint match = endpoint("POST", "/v1/registry-match/match", TestTokens.communeHealth(at.province(),
                at.commune()));
        byte[] valid = json("subjectId", at.subjectId());
        match.refusesJsonOfTheWrongShape(valid, "subjectId")
                .refuses("proposed is a string", Payloads.jsonWithRaw(valid, "proposed", "\"Nguyễn\""), 400,
                        Endpoint.INVALID_JSON)
                .refuses("proposed is an array", Payloads.jsonWithRaw(valid, "proposed", "[1]"), 400,
                        Endpoint.INVALID_JSON)
                .refuses("no body", new byte[0], 400, "SUBJECT_ID_REQUIRED")
                .refuses("no subjectId", json(), 400, "SUBJECT_ID_REQUIRED")
                .refuses("subjectId of 8 MB", () -> eightMbIn("subjectId"), 404, "SUBJECT_NOT_FOUND")
                .refuses("subjectId with a NUL", json("subjectId", at.subjectId() + "\u0000"), 400, INVALID_CHARACTER)
                .refuses("subjectId with ../", json("subjectId", "../" + at.subjectId()), 404, "SUBJECT_NOT_FOUND");
        proposed(match, "fullName", "", "INVALID_FULL_NAME");
        proposed(match, "fullName", "A".repeat(EIGHT_MB), "INVALID_FULL_NAME");
        proposed(match, "dateOfBirth", "1985-02-30", "INVALID_DATE_OF_BIRTH");
        proposed(match, "dateOfBirth", "A".repeat(EIGHT_MB), "INVALID_DATE_OF_BIRTH");
        proposed(match, "gender", "X", "INVALID_GENDER");
        proposed(match, "gender", "A".repeat(EIGHT_MB), "INVALID_GENDER");
        proposed(match, "idNumber", "12345", "INVALID_ID_NUMBER");
        proposed(match, "idNumber", "9".repeat(EIGHT_MB), "INVALID_ID_NUMBER");
    }

    private void proposed(Endpoint match, String field, String value, String code) {
        String shown = value.length() > 20 ? "of " + value.length() / 1_000_000 + " MB" : "'" + value + "'";
        match.refuses("proposed " + field + " " + shown, () -> json("subjectId", at.subjectId(), "proposed",
                java.util.Map.of(field, value)), 422, "INVALID_PROPOSED_VALUES");
    }

    private void matchJobs() {
        Endpoint jobs = endpoint("POST", "/v1/registry-match/jobs", TestTokens.communeHealth(at.province(),
                at.commune()));
        jobs.refusesJsonOfTheWrongShape(json("scope", "commune", "code", at.commune()), "scope", "code")
                .refuses("no scope", json("code", at.commune()), 400, "INVALID_SCOPE")
                .refuses("an unknown scope", json("scope", "village", "code", at.commune()), 400, "INVALID_SCOPE")
                .refuses("a blank code", json("scope", "commune", "code", " "), 400, "INVALID_SCOPE")
                .refuses("a code of 8 MB", () -> eightMbIn("code", "scope", "commune"), 400, "INVALID_SCOPE")
                .refuses("a code with ../", json("scope", "commune", "code", "../" + at.commune()), 400,
                        "INVALID_SCOPE");
        String header = "subject_id,full_name,date_of_birth,gender,id_number,phone,commune_code\n";
        Endpoint upload = jobs.typed(CSV);
        upload.refuses("an empty CSV", new byte[0], 400, "MISSING_UPLOAD")
                .refuses("a CSV with a wrong header", utf8("id,name\nX,Y\n"), 422, "WRONG_HEADER")
                .refuses("a CSV in UTF-16", Payloads.utf16(header + "S1,Nguyễn Văn A,1980-01-01,Nam,,," + at.commune()
                        + "\n"), 422, "INVALID_UTF8")
                .refuses("a CSV with invalid UTF-8", Payloads.invalidUtf8(header + "S1,"), 422, "INVALID_UTF8")
                .refuses("a CSV with an unterminated quote", utf8(header + "\"S1,Nguyễn\n"), 422,
                        "UNTERMINATED_QUOTE")
                .refuses("a CSV over 6 MB", () -> Payloads.filled(6 * 1024 * 1024 + 1, (byte) 'a'), 413,
                        "UPLOAD_TOO_LARGE");
        jobs.typed("application/xml").refuses("XML", utf8("<jobs/>"), 415, Endpoint.UNSUPPORTED_MEDIA_TYPE);
        for (String id : FOREIGN_IDS) {
            endpoint("GET", "/v1/registry-match/jobs/" + id, TestTokens.communeHealth(at.province(), at.commune()))
                    .refuses("job id " + id, (byte[]) null, 404, codeFor(id, "JOB_NOT_FOUND", false));
            endpoint("GET", "/v1/registry-match/jobs/" + id + "/results", TestTokens.communeHealth(at.province(),
                    at.commune())).refuses("results of job id " + id, (byte[]) null, 404, codeFor(id, "JOB_NOT_FOUND", false));
        }
    }

    private void certificates() {
        for (String id : FOREIGN_IDS) {
            endpoint("GET", "/v1/subjects/" + id + "/certificate", TestTokens.ministry())
                    .refuses("subject id " + id, (byte[]) null, statusFor(id, true),
                            codeFor(id, "SUBJECT_NOT_FOUND", true));
        }
    }

    private void confirmations() {
        Endpoint confirm = endpoint("POST", "/v1/facilities/" + at.facility() + "/confirmations",
                TestTokens.facilityStaff(at.facility()));
        confirm.refusesJsonOfTheWrongShape(json("day", "2021-09-14"), "day")
                .refuses("no body", new byte[0], 400, "MISSING_DAY")
                .refuses("no day", json(), 400, "MISSING_DAY")
                .refuses("a day that is no date", json("day", "2021-02-30"), 400, Endpoint.INVALID_JSON)
                .refuses("a day written dd/mm/yyyy", json("day", "14/09/2021"), 400, Endpoint.INVALID_JSON)
                .refuses("a day of 8 MB", () -> eightMbIn("day"), 400, Endpoint.INVALID_JSON);
        // Not here: "2021-09-14" followed by a NUL is taken as that day, since the date reader trims control
        // characters (String.trim) before parsing: the value confirmed is the one the text shows.
    }

    private void lookup() {
        Endpoint challenges = endpoint("POST", "/v1/lookup/challenges", null);
        byte[] valid = json("phone", "0912345678", "fullName", "Nguyễn Văn A", "dateOfBirth", "1985-03-07");
        challenges.refusesJsonOfTheWrongShape(valid, "phone", "fullName", "dateOfBirth", "gender")
                .refuses("no body", new byte[0], 400, "INVALID_LOOKUP")
                .refuses("no field", json(), 400, "INVALID_LOOKUP")
                .refuses("a phone of letters", json("phone", "abc", "fullName", "Nguyễn Văn A", "dateOfBirth",
                        "1985-03-07"), 400, "INVALID_LOOKUP")
                .refuses("a phone of 8 MB", () -> eightMbIn("phone", "fullName", "Nguyễn Văn A", "dateOfBirth",
                        "1985-03-07"), 400, "INVALID_LOOKUP")
                .refuses("a fullName of 8 MB", () -> eightMbIn("fullName", "phone", "0912345678", "dateOfBirth",
                        "1985-03-07"), 400, "INVALID_LOOKUP")
                .refuses("a fullName of 8 MB of spaces", () -> json("phone", "0912345678", "dateOfBirth", "1985-03-07",
                        "fullName", " ".repeat(EIGHT_MB)), 400, "INVALID_LOOKUP")
                .refuses("a dateOfBirth of 8 MB", () -> eightMbIn("dateOfBirth", "phone", "0912345678", "fullName",
                        "Nguyễn Văn A"), 400, "INVALID_LOOKUP")
                .refuses("a gender of 8 MB", () -> eightMbIn("gender", "phone", "0912345678", "fullName",
                        "Nguyễn Văn A", "dateOfBirth", "1985-03-07"), 400, "INVALID_LOOKUP")
                .refuses("a date of birth that is no date", json("phone", "0912345678", "fullName", "Nguyễn Văn A",
                        "dateOfBirth", "30/02/1985"), 400, "INVALID_LOOKUP")
                .refuses("an unknown gender", json("phone", "0912345678", "fullName", "Nguyễn Văn A", "dateOfBirth",
                        "1985-03-07", "gender", "X"), 400, "INVALID_LOOKUP");
        String unknown = "/v1/lookup/challenges/" + UUID.randomUUID() + "/answer";
        endpoint("POST", unknown, null).refusesJsonOfTheWrongShape(json("code", "123456"), "code")
                .refuses("a code of 8 MB", () -> eightMbIn("code"), 400, "INVALID_LOOKUP");
        for (String id : FOREIGN_IDS) {
            endpoint("POST", "/v1/lookup/challenges/" + id + "/answer", null)
                    .refuses("challenge id " + id, json("code", "123456"), 404, NOT_FOUND);
        }
        String citizen = TestTokens.role(Roles.CITIZEN).claim(Claims.ID_NUMBER, at.idNumber()).mint();
        endpoint("POST", "/v1/lookup/by-id-number", citizen)
                .refusesJsonOfTheWrongShape(json("idNumber", at.idNumber(), "dateOfBirth", "1980-05-01"), "idNumber",
                        "dateOfBirth")
                .refuses("no body", new byte[0], 400, "INVALID_LOOKUP")
                .refuses("no field", json(), 400, "INVALID_LOOKUP")
                .refuses("an idNumber of letters", json("idNumber", "abc", "dateOfBirth", "1980-05-01"), 400,
                        "INVALID_LOOKUP")
                .refuses("an idNumber of 8 MB", () -> eightMbIn("idNumber", "dateOfBirth", "1980-05-01"), 400,
                        "INVALID_LOOKUP")
                .refuses("a dateOfBirth of 8 MB", () -> eightMbIn("dateOfBirth", "idNumber", at.idNumber()), 400,
                        "INVALID_LOOKUP");
    }

    private void correctionLists() {
        String station = TestTokens.communeHealth(at.province(), at.commune());
        endpoint("POST", "/v1/correction/lists", station)
                .refusesJsonOfTheWrongShape(json("communeCode", at.commune()), "communeCode")
                .refuses("no body", new byte[0], 400, "BODY_REQUIRED")
                .refuses("a communeCode of 8 MB", () -> eightMbIn("communeCode"), 400, "UNKNOWN_COMMUNE")
                .refuses("a communeCode with ../", json("communeCode", "../" + at.commune()), 400, "UNKNOWN_COMMUNE");
        for (String id : FOREIGN_IDS) {
            endpoint("GET", "/v1/correction/lists/" + id, station).refuses("list id " + id, (byte[]) null, 404,
                    NOT_FOUND);
            endpoint("POST", "/v1/correction/lists/" + id + "/sending", station).refuses("sending list id " + id,
                    (byte[]) null, 404, NOT_FOUND);
        }
        endpoint("GET", "/v1/correction/lists?commune=" + "9".repeat(1_000), station)
                .refuses("lists of an over-long commune", (byte[]) null, 404, NOT_FOUND);
        endpoint("GET", "/v1/correction/lists?commune=..%2F" + at.commune(), station)
                .refuses("lists of commune ../", (byte[]) null, 404, NOT_FOUND);
        Endpoint sending = endpoint("POST", "/v1/correction/lists/" + at.listId() + "/sending", station);
        sending.header("If-Match", "\"999\"").refuses("sending a version nobody has", (byte[]) null, 409,
                "STALE_VERSION");
        sending.header("If-Match", "\"" + "9".repeat(5_000) + "\"").refuses("sending an over-long version",
                (byte[]) null, 400, "INVALID_IF_MATCH");
    }

    private void correctionItems() {
        String item = "/v1/correction/lists/" + at.listId() + "/items/" + at.itemId();
        String station = TestTokens.communeHealth(at.province(), at.commune());
        endpoint("PUT", item + "/assignment", station)
                .refusesJsonOfTheWrongShape(json("village", "Thôn Đông"), "village")
                .refuses("no body", new byte[0], 400, "BODY_REQUIRED");
        Endpoint proposal = endpoint("PUT", item + "/proposal", station);
        proposal.refusesJsonOfTheWrongShape(json("fullName", "Nguyễn Văn An"), "fullName", "dateOfBirth", "gender",
                        "idNumber", "note", "duplicateOf", "movedTo")
                .refuses("no body", new byte[0], 400, "BODY_REQUIRED")
                .refuses("an unknown outcome", json("outcome", "ALIVE", "note", "x"), 400, Endpoint.INVALID_JSON)
                .refuses("an outcome of 8 MB", () -> eightMbIn("outcome", "note", "x"), 400, Endpoint.INVALID_JSON)
                .refuses("an outcome without its note", json("outcome", "DECEASED"), 400, "NOTE_REQUIRED")
                .refuses("a duplicate naming no subject", json("outcome", "DUPLICATE_OF", "note", "x"), 422,
                        INVALID_VALUES)
                .refuses("a duplicate of nobody", json("outcome", "DUPLICATE_OF", "duplicateOf", "S-NOBODY",
                        "note", "x"), 422, INVALID_VALUES)
                .refuses("a duplicate of an id of 8 MB", () -> json("outcome", "DUPLICATE_OF", "duplicateOf",
                        "S".repeat(EIGHT_MB), "note", "x"), 422, INVALID_VALUES)
                .refuses("a duplicate of itself", json("outcome", "DUPLICATE_OF", "duplicateOf", at.subjectId(),
                        "note", "x"), 422, INVALID_VALUES)
                .refuses("a move to a commune nobody has", json("outcome", "MOVED_AWAY", "movedTo", "99999",
                        "note", "x"), 422, INVALID_VALUES)
                .refuses("a move to a commune of 8 MB", () -> json("outcome", "MOVED_AWAY", "movedTo",
                        "9".repeat(EIGHT_MB), "note", "x"), 422, INVALID_VALUES)
                .refuses("a subject named with another outcome", json("outcome", "DECEASED", "duplicateOf",
                        at.subjectId(), "note", "x"), 422, INVALID_VALUES);
        values(proposal, "proposal");
        Endpoint decision = endpoint("PUT", item + "/decision", TestTokens.communePolice(at.commune()));
        decision.refusesJsonOfTheWrongShape(json("decision", "CONFIRM"), "decision", "fullName", "reason")
                .refuses("no body", new byte[0], 400, "BODY_REQUIRED")
                .refuses("an unknown decision", json("decision", "MAYBE"), 400, Endpoint.INVALID_JSON)
                .refuses("a decision in lower case", json("decision", "confirm"), 400, Endpoint.INVALID_JSON);
        for (String id : List.of("not-a-number", "1.5", "-1", "99999999999999999999", "%00")) {
            endpoint("PUT", "/v1/correction/lists/" + at.listId() + "/items/" + id + "/proposal", station)
                    .refuses("item id " + id, json("fullName", "Nguyễn Văn An"), 404, NOT_FOUND);
        }
    }

    /** The values a village proposes, the police decide, a clerk edits or a citizen reports: one code per field. */
    private void values(Endpoint endpoint, String what, Object... also) {
        value(endpoint, what, "fullName", "A".repeat(EIGHT_MB), "of 8 MB", also);
        value(endpoint, what, "fullName", "Nguyễn\u0000Văn An", "with a NUL", also);
        value(endpoint, what, "fullName", "Nguyễn\u0007Văn An", "with a control character", also);
        value(endpoint, what, "fullName", "Nguyễn " + RTL_OVERRIDE + "nA năV", "with a right-to-left override", also);
        value(endpoint, what, "fullName", FORMULA, "as a formula", also);
        value(endpoint, what, "fullName", "   ", "blank", also);
        value(endpoint, what, "dateOfBirth", "1985-02-30", "that is no date", also);
        value(endpoint, what, "dateOfBirth", "9".repeat(EIGHT_MB), "of 8 MB", also);
        value(endpoint, what, "gender", "X", "unknown", also);
        value(endpoint, what, "idNumber", "12345", "too short", also);
        value(endpoint, what, "idNumber", "=1+1", "as a formula", also);
    }

    private void value(Endpoint endpoint, String what, String field, String value, String how, Object... also) {
        Object[] fields = java.util.Arrays.copyOf(also, also.length + 2);
        fields[also.length] = field;
        fields[also.length + 1] = value;
        endpoint.refuses(what + ": " + field + " " + how, () -> json(fields), 422, INVALID_VALUES);
    }

    private void handBacks() {
        String police = TestTokens.communePolice(at.commune());
        String station = TestTokens.communeHealth(at.province(), at.commune());
        for (String id : FOREIGN_IDS) {
            String list = "/v1/correction/lists/" + id;
            endpoint("POST", list + "/bulk-confirmation", police).refuses("bulk confirmation of list " + id,
                    (byte[]) null, 404, NOT_FOUND);
            endpoint("POST", list + "/hand-back", police).refuses("hand-back of list " + id, (byte[]) null, 404,
                    NOT_FOUND);
            endpoint("POST", list + "/application", station).refuses("application of list " + id, (byte[]) null, 404,
                    NOT_FOUND);
        }
        Endpoint checks = endpoint("POST", "/v1/correction/hand-back-checks", null).typed("text/plain");
        // A check made answers 200 with what is wrong, as the verify endpoint does.
        checks.answers("a document that is no JWS", () -> utf8("hello"), 200, "HAND_BACK_MALFORMED", "problem")
                .answers("a document of 8 MB", () -> Payloads.filled(EIGHT_MB, (byte) 'a'), 200, "HAND_BACK_MALFORMED",
                        "problem")
                .answers("a document with a NUL", () -> utf8("a.b\u0000.c"), 200, "HAND_BACK_MALFORMED", "problem")
                .answers("no document", () -> new byte[0], 200, "HAND_BACK_MALFORMED", "problem");
        // The JSON form (document and officer's signature) answers alike: 200 naming the step that failed.
        Endpoint jsonChecks = endpoint("POST", "/v1/correction/hand-back-checks", null);
        jsonChecks.answers("a document as JSON that is no JWS", () -> json("document", "a.b.c"), 200,
                "HAND_BACK_MALFORMED", "problem")
                .answers("a JSON check without a document", () -> json("officerSignature", "MIIB"), 200,
                        "HAND_BACK_MALFORMED", "problem")
                // No body is no JSON: it is the text/plain check's empty document.
                .answers("a JSON check without a body", () -> null, 200, "HAND_BACK_MALFORMED", "problem")
                .refusesJsonOfTheWrongShape(json("document", "a.b.c", "officerSignature", "MIIB"), "document",
                        "officerSignature");
        officerSignatures(police);
    }

    private void officerSignatures(String policeOfTheOpenList) {
        String police = TestTokens.communePolice(at.handedBack().commune());
        String path = "/v1/correction/lists/" + at.handedBack().listId() + "/hand-back/officer-signature";
        for (String id : FOREIGN_IDS) {
            endpoint("POST", "/v1/correction/lists/" + id + "/hand-back/officer-signature", police).refuses(
                    "officer's signature on list " + id, json("signature", "MIIB"), 404, NOT_FOUND);
        }
        endpoint("POST", "/v1/correction/lists/" + at.listId() + "/hand-back/officer-signature", policeOfTheOpenList)
                .refuses("an officer's signature on a list not handed back", json("signature", "MIIB"), 409,
                        "ILLEGAL_TRANSITION");
        Endpoint signature = endpoint("POST", path, police);
        signature.refuses("no body", (byte[]) null, 400, "BODY_REQUIRED")
                .refuses("no signature", json("other", "x"), 422, "OFFICER_SIGNATURE_MALFORMED")
                .refuses("a signature that is no base64", json("signature", "not base64!"), 422,
                        "OFFICER_SIGNATURE_MALFORMED")
                .refuses("a signature that is base64 but no CMS", json("signature", "bm90IGEgQ01TIHNpZ25hdHVyZQ=="),
                        422, "OFFICER_SIGNATURE_MALFORMED")
                .refuses("a signature of 1 MB", () -> json("signature", Payloads.repeat('A', 1_000_000)), 422,
                        "OFFICER_SIGNATURE_MALFORMED")
                .refuses("a signature with a NUL", json("signature", "MII\u0000B"), 422, "OFFICER_SIGNATURE_MALFORMED")
                .refusesJsonOfTheWrongShape(json("signature", "MIIB"), "signature");
    }

    private void listSpreadsheets() {
        Endpoint put = endpoint("PUT", "/v1/correction/lists/" + at.listId() + "/spreadsheet",
                TestTokens.communeHealth(at.province(), at.commune())).typed(CSV);
        files(put, 4 * 1024 * 1024);
        put.refuses("a CSV without the item id column", utf8("Mã đối tượng / Subject id\nX\n"), 400,
                "ITEM_ID_COLUMN_MISSING");
        put.typed(Endpoint.JSON).refuses("JSON", json("a", 1), 415, Endpoint.UNSUPPORTED_MEDIA_TYPE);
        for (String id : FOREIGN_IDS) {
            endpoint("PUT", "/v1/correction/lists/" + id + "/spreadsheet", TestTokens.communeHealth(at.province(),
                    at.commune())).typed(CSV).refuses("spreadsheet of list " + id, utf8("a\n"), 404, NOT_FOUND);
            endpoint("GET", "/v1/correction/lists/" + id + "/spreadsheet", TestTokens.communeHealth(at.province(),
                    at.commune())).refuses("download of list " + id, (byte[]) null, 404, NOT_FOUND);
        }
    }

    /** What a file upload refuses alike: empty, no CSV of its kind, another encoding, no workbook, too large. */
    private void files(Endpoint upload, int limit) {
        upload.refuses("an empty file", new byte[0], 400, "EMPTY_FILE")
                .refuses("a CSV with a wrong header", utf8("Mã mục / Item id,a,b\n1,2,3\n"), 400, "WRONG_HEADER")
                .refuses("a CSV in UTF-16", Payloads.utf16("Mã mục / Item id,a\n1,2\n"), 400, "INVALID_UTF8")
                .refuses("a CSV with invalid UTF-8", Payloads.invalidUtf8("Mã mục / Item id"), 400, "INVALID_UTF8")
                .refuses("a CSV with a NUL in its header", utf8("Mã mục / Item id\u0000,a\n1,2\n"), 400,
                        "WRONG_HEADER")
                .refuses("a CSV with an unterminated quote", utf8("\"Mã mục / Item id,a\n1,2\n"), 400,
                        "UNTERMINATED_QUOTE")
                .refuses("a line of 8 MB", () -> Payloads.filled(EIGHT_MB / 4, (byte) 'a'), 400, "LINE_TOO_LONG")
                .refuses("a file over the limit", () -> Payloads.filled(limit + 1, (byte) 'a'), 413, "FILE_TOO_LARGE");
        upload.typed(XLSX).refuses("a zip that is no workbook", Payloads.zipThatIsNoWorkbook(), 415, "NOT_AN_XLSX")
                .refuses("an old .xls", Payloads.oldXls(), 415, "NOT_AN_XLSX")
                .refuses("a workbook cut short", () -> java.util.Arrays.copyOf(Payloads.zipThatIsNoWorkbook(), 30), 415,
                        "NOT_AN_XLSX");
    }

    private void subjects() {
        String station = TestTokens.communeHealth(at.province(), at.commune());
        String path = "/v1/correction/subjects/" + at.subjectId();
        Endpoint edit = endpoint("PUT", path, station).header("If-Match", "\"1\"");
        edit.refusesJsonOfTheWrongShape(json("fullName", "Nguyễn Văn An", "reason", "x"), "fullName", "reason")
                .refuses("no body", new byte[0], 400, "BODY_REQUIRED")
                .refuses("no reason", json("fullName", "Nguyễn Văn An"), 400, "REASON_REQUIRED");
        values(edit, "edit", "reason", "Sửa theo CCCD");
        endpoint("PUT", path, station).refuses("no If-Match", json("fullName", "Nguyễn Văn An", "reason", "x"), 428,
                "IF_MATCH_REQUIRED");
        endpoint("PUT", path, station).header("If-Match", "\"abc\"").refuses("an If-Match that is no version",
                json("fullName", "Nguyễn Văn An", "reason", "x"), 400, "INVALID_IF_MATCH");
        endpoint("PUT", path, station).header("If-Match", "\"7\"").refuses("an If-Match of another version",
                json("fullName", "Nguyễn Văn An", "reason", "x"), 409, "STALE_VERSION");
        for (String id : FOREIGN_IDS) {
            endpoint("GET", "/v1/correction/subjects/" + id, station).refuses("subject id " + id, (byte[]) null,
                    statusFor(id, true), codeFor(id, NOT_FOUND, true));
            endpoint("GET", "/v1/correction/subjects/" + id + "/audit", station).refuses("audit of subject id " + id,
                    (byte[]) null, statusFor(id, true), codeFor(id, NOT_FOUND, true));
        }
        String reports = "/v1/correction/verification-list";
        endpoint("GET", reports + "?commune=" + at.commune() + "&from=yesterday", station)
                .refuses("a from that is no date", (byte[]) null, 400, "INVALID_DATE");
        endpoint("GET", reports + "?commune=" + at.commune() + "&to=2024-02-30", station)
                .refuses("a to that is no date", (byte[]) null, 400, "INVALID_DATE");
        endpoint("GET", reports + "/spreadsheet?commune=" + at.commune() + "&from=" + "1".repeat(1_000), station)
                .refuses("an over-long from", (byte[]) null, 400, "INVALID_DATE");
        endpoint("GET", "/v1/correction/progress?province=..%2F" + at.province(), station)
                .refuses("progress of province ../", (byte[]) null, 403, "OUTSIDE_SCOPE");
    }

    private void subjectImports() {
        String station = TestTokens.communeHealth(at.province(), at.commune());
        Endpoint imports = endpoint("POST", "/v1/correction/communes/" + at.commune() + "/subject-imports", station)
                .typed(CSV);
        imports.refuses("an empty file", new byte[0], 400, "EMPTY_FILE")
                .refuses("a CSV with a wrong header", utf8("subject,number\nX,1\n"), 400, "WRONG_HEADER")
                .refuses("a CSV in UTF-16", Payloads.utf16("subject_id,id_number,full_name,date_of_birth,gender\n"),
                        400, "INVALID_UTF8")
                .refuses("a CSV with invalid UTF-8", Payloads.invalidUtf8("subject_id,id_number"), 400,
                        "INVALID_UTF8")
                .refuses("a line of 8 MB", () -> Payloads.filled(EIGHT_MB / 4, (byte) 'a'), 400, "LINE_TOO_LONG")
                .refuses("a file over 4 MB", () -> Payloads.filled(4 * 1024 * 1024 + 1, (byte) 'a'), 413,
                        "FILE_TOO_LARGE");
        imports.typed(XLSX).refuses("an old .xls", Payloads.oldXls(), 415, "NOT_AN_XLSX")
                .refuses("a zip that is no workbook", Payloads.zipThatIsNoWorkbook(), 415, "NOT_AN_XLSX");
        imports.typed(Endpoint.JSON).refuses("JSON", json("a", 1), 415, Endpoint.UNSUPPORTED_MEDIA_TYPE);
        for (String commune : List.of("..%2F" + at.commune(), "9".repeat(1_000), "%00")) {
            endpoint("POST", "/v1/correction/communes/" + commune + "/subject-imports", station).typed(CSV)
                    .refuses("import into commune " + commune, utf8("subject_id,id_number,full_name,date_of_birth,"
                            + "gender\n"), statusFor(commune, true), codeFor(commune, NOT_FOUND, true));
        }
    }

    private void reports() {
        Endpoint report = endpoint("POST", "/v1/correction/reports", TestTokens.citizenSession(at.subjectId()));
        report.refusesJsonOfTheWrongShape(json("fullName", "Nguyễn Văn An"), "fullName", "note")
                .refuses("no body", new byte[0], 400, "BODY_REQUIRED");
        values(report, "report");
    }

    private void developmentSignIn() {
        Endpoint signIn = endpoint("POST", "/dev/sign-in", null);
        signIn.refusesJsonOfTheWrongShape(json("role", "ministry"), "role", "province", "commune")
                .refuses("no body", new byte[0], 400, "UNKNOWN_ROLE")
                .refuses("no role", json(), 400, "UNKNOWN_ROLE")
                .refuses("an unknown role", json("role", "root"), 400, "UNKNOWN_ROLE")
                .refuses("a role of 8 MB", () -> eightMbIn("role"), 400, "UNKNOWN_ROLE")
                .refuses("an account of 101 characters", json("role", "ministry", "account", "a".repeat(101)), 400,
                        "VALUE_TOO_LONG")
                .refuses("a commune of 4 MB", () -> json("role", "commune-health", "province", "01",
                        "commune", "0".repeat(EIGHT_MB / 2)), 400, "VALUE_TOO_LONG");
    }
}
