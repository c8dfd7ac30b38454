package vn.vaxpass.functions.lookup;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.vaxpass.http.security.CitizenSessionTokens;
import vn.vaxpass.lookup.LookupSettings;

/**
 * The short-lived session a successful lookup grants for one record: a token with role
 * {@value vn.vaxpass.http.security.Roles#CITIZEN_SESSION} and claim {@value vn.vaxpass.http.security.Claims#SUBJECT_ID},
 * which the sign function accepts for that subject's certificate only ({@link CitizenSessionTokens}: HS256 under
 * the key the lookup and the sign function share, {@code vaxpass.citizen-session.key}). Its {@code sub} is a fresh
 * opaque id: nothing personal.
 */
@ApplicationScoped
public class CitizenSessions {

    private final LookupSettings settings;
    private final CitizenSessionTokens tokens;

    @Inject
    public CitizenSessions(LookupSettings settings, CitizenSessionTokens tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    public CitizenSession grant(String subjectId, Instant now) {
        Instant expires = now.plus(settings.session().lifetime());
        return new CitizenSession(tokens.grant(subjectId, now, expires), expires,
                "/v1/subjects/" + subjectId + "/certificate");
    }
}
