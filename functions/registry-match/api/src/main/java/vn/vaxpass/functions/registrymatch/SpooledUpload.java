package vn.vaxpass.functions.registrymatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.ws.rs.core.Response;

import vn.vaxpass.http.ProblemException;

/**
 * An uploaded file copied to a temporary file as it arrives, so it can be read more than once (checked, imported,
 * listed into chunks) in bounded memory. The caller deletes the file.
 */
final class SpooledUpload {

    /** An upload larger than this goes through a commune or province job instead (API Gateway and Lambda cap bodies at 6 MB). */
    static final long MAX_UPLOAD_BYTES = 6L * 1024 * 1024;

    static final String MISSING_UPLOAD = "MISSING_UPLOAD";
    static final String UPLOAD_TOO_LARGE = "UPLOAD_TOO_LARGE";

    private SpooledUpload() {
    }

    static Path toTemporaryFile(InputStream body) throws IOException {
        Path file = Files.createTempFile("vaxpass-upload-", ".csv");
        try {
            copy(body, file);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static void copy(InputStream body, Path file) throws IOException {
        if (body == null) {
            throw missing();
        }
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                written += n;
                if (written > MAX_UPLOAD_BYTES) {
                    throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, UPLOAD_TOO_LARGE,
                            "The file is larger than 6 MB: match a whole commune or province instead, or split the file.");
                }
                out.write(buffer, 0, n);
            }
        }
        if (written == 0) {
            throw missing();
        }
    }

    private static ProblemException missing() {
        return new ProblemException(Response.Status.BAD_REQUEST, MISSING_UPLOAD, "Send the subjects.csv as the body.");
    }
}
