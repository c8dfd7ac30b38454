package vn.vaxpass.matching.jobs;

import vn.vaxpass.imports.ImportResult;

/**
 * What became of an uploaded subjects file: a job was submitted for its readable rows ({@value #SUBMITTED}), or the
 * file was refused as a whole and nothing changed (the import's status, such as {@code WRONG_HEADER} or
 * {@code MALFORMED_ROWS}, {@value UploadJurisdictionCheck#CODE}, or {@code SUBJECT_ID_TAKEN} when a row has the id of
 * a subject the uploader may not change). The report names every refused row.
 *
 * @param imported the import's counts; null when the file was refused before it was imported
 * @param job      the job; null when the file was refused
 */
public record UploadOutcome(String code, ImportResult imported, MatchJob job) {

    public static final String SUBMITTED = "SUBMITTED";

    public boolean submitted() {
        return job != null;
    }
}
