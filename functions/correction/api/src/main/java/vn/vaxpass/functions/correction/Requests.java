package vn.vaxpass.functions.correction;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.correction.ItemWork;
import vn.vaxpass.correction.Outcome;
import vn.vaxpass.correction.SubjectValues;

/** The bodies the correction endpoints read. A value left out (null) is not changed. */
final class Requests {

    /** A request without the JSON body it needs. */
    static final String BODY_REQUIRED = "BODY_REQUIRED";

    private Requests() {
    }

    /** The body, which must be there. */
    static <T> T required(T body) {
        if (body == null) {
            throw CorrectionProblem.badRequest(BODY_REQUIRED, "Yêu cầu thiếu nội dung JSON. / The request needs a JSON"
                    + " body.");
        }
        return body;
    }

    @RegisterForReflection
    record NewList(String communeCode) {
    }

    @RegisterForReflection
    record Assignment(String village) {
    }

    @RegisterForReflection
    record Proposal(String fullName, String dateOfBirth, String gender, String idNumber, Outcome outcome,
            String duplicateOf, String movedTo, String note) {

        SubjectValues values() {
            return new SubjectValues(fullName, dateOfBirth, gender, idNumber);
        }

        ItemWork.Proposal of(long itemId, Integer expectedVersion) {
            return new ItemWork.Proposal(itemId, values(), outcome, duplicateOf, movedTo, note, expectedVersion);
        }
    }

    @RegisterForReflection
    record Decision(ItemWork.Decision decision, String fullName, String dateOfBirth, String gender, String idNumber,
            String reason) {

        SubjectValues values() {
            return new SubjectValues(fullName, dateOfBirth, gender, idNumber);
        }
    }

    @RegisterForReflection
    record Edit(String fullName, String dateOfBirth, String gender, String idNumber, String reason) {

        SubjectValues values() {
            return new SubjectValues(fullName, dateOfBirth, gender, idNumber);
        }
    }

    @RegisterForReflection
    record Report(String fullName, String dateOfBirth, String gender, String idNumber, String note) {

        SubjectValues values() {
            return new SubjectValues(fullName, dateOfBirth, gender, idNumber);
        }
    }

    /** An officer's CMS signature over a hand-back's decisions hash, base64 (PEM armour allowed). */
    @RegisterForReflection
    record OfficerSignature(String signature) {
    }

    /** A hand-back to check: the server's document and, where the officer signed, the officer's signature. */
    @RegisterForReflection
    record HandBackToCheck(String document, String officerSignature) {
    }
}
