package vn.vaxpass.server.certificate;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.shared.FieldError;

/** Commands answer in JSON on standard output, one line per result; problems too, with a stable code. */
public final class CommandOutput {

    /** Exit status for input that was understood but refused (as HTTP's 4xx). */
    public static final int REFUSED = 2;

    private CommandOutput() {
    }

    public static void print(ObjectMapper json, Object value) {
        try {
            System.out.println(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int problem(ObjectMapper json, String code, String message, List<FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("code", code);
        problem.put("message", message);
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        print(json, problem);
        return REFUSED;
    }
}
