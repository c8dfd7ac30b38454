package vn.vaxpass.functions.correction;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.vaxpass.correction.Actor;
import vn.vaxpass.correction.CorrectionProblem;
import vn.vaxpass.http.security.Caller;
import vn.vaxpass.registry.RegistryReader;

/** The request's caller as the workflow sees it, and the request headers the workflow reads. */
@RequestScoped
public class Callers {

    /** If-Match is not a version number. */
    public static final String INVALID_IF_MATCH = "INVALID_IF_MATCH";
    /** An edit without If-Match: the station must say which version it read. */
    public static final String IF_MATCH_REQUIRED = "IF_MATCH_REQUIRED";

    private final Caller caller;

    @Inject
    public Callers(Caller caller) {
        this.caller = caller;
    }

    public Actor actor() {
        return new Actor(caller.subject(), caller.reach());
    }

    /** The caller as one shown registry data: for the disclosure audit. */
    public RegistryReader reader() {
        return new RegistryReader(caller.subject(), caller.roles(), caller.reach());
    }

    /** The version an If-Match header names ({@code "3"}, {@code W/"3"} or {@code 3}); null without one. */
    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String text = ifMatch.strip();
        if (text.startsWith("W/")) {
            text = text.substring(2);
        }
        text = text.replace("\"", "");
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw CorrectionProblem.badRequest(INVALID_IF_MATCH, "If-Match phải là phiên bản đã đọc, ví dụ \"3\". /"
                    + " If-Match must be the version you read, such as \"3\".");
        }
    }

    /** The version If-Match names, which must be there. */
    public static int requiredVersion(String ifMatch) {
        Integer version = version(ifMatch);
        if (version == null) {
            throw new CorrectionProblem(CorrectionProblem.Kind.PRECONDITION_REQUIRED, IF_MATCH_REQUIRED,
                    "Hãy gửi kèm If-Match với phiên bản đã đọc. / Send If-Match with the version you read.", null,
                    List.of());
        }
        return version;
    }
}
