package vn.vaxpass.server.bench.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vaxpass.server.bench.soak.SoakFixture.Citizen;
import vn.vaxpass.server.sms.SmsOutboxStore;

/**
 * One of the soak's clients: journeys of {@link SoakMix} one after the other until the deadline, over real HTTP, with
 * its own citizens (no other worker asks for their codes, so the outbox's newest text for a challenge is this
 * worker's) and its own commune. Every call is timed into the {@link SoakTally}; a journey stops at its first error.
 */
final class SoakWorker implements Runnable {

    /** How long a code may take to reach the outbox (the SMS worker long-polls the queue). */
    static final Duration SMS_PATIENCE = Duration.ofSeconds(30);
    /** How long a commune's match job may run before the soak calls it an error. */
    static final Duration JOB_PATIENCE = Duration.ofMinutes(2);
    private static final long OUTBOX_POLL_NANOS = Duration.ofMillis(20).toNanos();
    private static final long JOB_POLL_NANOS = Duration.ofMillis(100).toNanos();
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};
    private static final String JSON = "application/json";
    private static final String PNG = "image/png";
    private static final String JOB_RUNNING = "RUNNING";
    private static final String JOB_FINISHED = "FINISHED";

    private final HttpClient http;
    private final URI base;
    private final ObjectMapper json;
    private final SmsOutboxStore outbox;
    private final SoakTally tally;
    private final List<Citizen> citizens;
    private final String commune;
    private final String provinceToken;
    private final Random random;
    private final long deadlineNanos;

    SoakWorker(HttpClient http, URI base, ObjectMapper json, SmsOutboxStore outbox, SoakTally tally,
            List<Citizen> citizens, String commune, String provinceToken, Random random, long deadlineNanos) {
        this.http = http;
        this.base = base;
        this.json = json;
        this.outbox = outbox;
        this.tally = tally;
        this.citizens = citizens;
        this.commune = commune;
        this.provinceToken = provinceToken;
        this.random = random;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void run() {
        while (System.nanoTime() - deadlineNanos < 0 && !Thread.currentThread().isInterrupted()) {
            Citizen citizen = citizens.get(random.nextInt(citizens.size()));
            switch (SoakMix.next(random)) {
                case PHONE_LOOKUP -> phoneLookup(citizen);
                case ID_NUMBER_LOOKUP -> idNumberLookup(citizen);
                case MATCH_JOB -> matchJob();
            }
        }
    }

    private void phoneLookup(Citizen citizen) {
        JsonNode challenge = send(SoakEndpoint.REQUEST_CODE, post("/v1/lookup/challenges", null, Map.of(
                "phone", citizen.phone(), "fullName", SoakFixture.FULL_NAME, "dateOfBirth", SoakFixture.DATE_OF_BIRTH,
                "gender", SoakFixture.GENDER)), this::jsonBody);
        if (challenge == null) {
            return;
        }
        String challengeId = challenge.path("challengeId").asText();
        String code = awaitCode(challengeId);
        if (code == null) {
            return;
        }
        JsonNode session = send(SoakEndpoint.ANSWER_CODE, post("/v1/lookup/challenges/" + challengeId + "/answer",
                null, Map.of("code", code)), response -> sessionOf(citizen, response));
        certificate(session);
    }

    private void idNumberLookup(Citizen citizen) {
        JsonNode session = send(SoakEndpoint.LOOKUP_BY_ID_NUMBER, post("/v1/lookup/by-id-number",
                citizen.citizenToken(), Map.of("idNumber", citizen.idNumber(), "dateOfBirth", SoakFixture.DATE_OF_BIRTH)),
                response -> sessionOf(citizen, response));
        certificate(session);
    }

    /** The code's text, read from serve's outbox by the challenge id (the text's message id), timed as a step. */
    private String awaitCode(String challengeId) {
        long start = System.nanoTime();
        long giveUp = start + SMS_PATIENCE.toNanos();
        UUID messageId = UUID.fromString(challengeId);
        while (System.nanoTime() - giveUp < 0) {
            SmsOutboxStore.Kept kept = outbox.find(messageId).await().indefinitely();
            if (kept != null) {
                Matcher code = CODE.matcher(kept.sms().body());
                if (code.find()) {
                    tally.ok(SoakEndpoint.SMS_OUTBOX, System.nanoTime() - start);
                    return code.group(1);
                }
                tally.error(SoakEndpoint.SMS_OUTBOX, System.nanoTime() - start, "a text without a six-digit code");
                return null;
            }
            LockSupport.parkNanos(OUTBOX_POLL_NANOS);
        }
        tally.error(SoakEndpoint.SMS_OUTBOX, System.nanoTime() - start, "no text within " + SMS_PATIENCE);
        return null;
    }

    /** The session the lookup granted for the citizen's own record, or null when it found no such record. */
    private JsonNode sessionOf(Citizen citizen, HttpResponse<byte[]> response) {
        JsonNode found = jsonBody(response);
        if (found == null) {
            return null;
        }
        for (JsonNode record : found.path("records")) {
            if (citizen.subjectId().equals(record.path("subjectId").asText())
                    && !record.path("session").path("token").asText().isEmpty()) {
                return record.path("session");
            }
        }
        return null;
    }

    /** The certificate of the looked-up record: JSON, revalidated by its ETag, PNG, and both forms verified. */
    private void certificate(JsonNode session) {
        if (session == null) {
            return;
        }
        String token = session.path("token").asText();
        String url = session.path("certificateUrl").asText();
        HttpResponse<byte[]> summary = send(SoakEndpoint.CERTIFICATE_JSON, get(url, token, JSON).build(),
                response -> response.headers().firstValue("ETag").isPresent() && jsonBody(response) != null
                        && jsonBody(response).path("hc1").asText().startsWith("HC1:") ? response : null);
        if (summary == null) {
            return;
        }
        String etag = summary.headers().firstValue("ETag").orElseThrow();
        String hc1 = jsonBody(summary).path("hc1").asText();
        if (send(SoakEndpoint.CERTIFICATE_UNCHANGED, get(url, token, JSON).header("If-None-Match", etag).build(),
                response -> response) == null) {
            return;
        }
        byte[] png = send(SoakEndpoint.CERTIFICATE_PNG, get(url, token, PNG).build(),
                response -> startsWith(response.body(), PNG_SIGNATURE) ? response.body() : null);
        if (png == null) {
            return;
        }
        if (send(SoakEndpoint.VERIFY_TEXT, post("/v1/certificates/verify", null, Map.of("hc1", hc1)),
                this::valid) == null) {
            return;
        }
        send(SoakEndpoint.VERIFY_IMAGE, HttpRequest.newBuilder(base.resolve("/v1/certificates/verify"))
                .header("Content-Type", PNG).header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), this::valid);
    }

    /** A registry-match job for the worker's commune, polled until it is done: FINISHED, never FAILED. */
    private void matchJob() {
        JsonNode job = send(SoakEndpoint.SUBMIT_MATCH_JOB, post("/v1/registry-match/jobs", provinceToken,
                Map.of("scope", "commune", "code", commune)), this::jsonBody);
        if (job == null) {
            return;
        }
        String path = "/v1/registry-match/jobs/" + job.path("id").asText();
        long giveUp = System.nanoTime() + JOB_PATIENCE.toNanos();
        String state = job.path("state").asText();
        while (JOB_RUNNING.equals(state)) {
            if (System.nanoTime() - giveUp > 0) {
                tally.error(SoakEndpoint.POLL_MATCH_JOB, 0, "still running after " + JOB_PATIENCE);
                return;
            }
            LockSupport.parkNanos(JOB_POLL_NANOS);
            JsonNode progress = send(SoakEndpoint.POLL_MATCH_JOB, get(path, provinceToken, JSON).build(),
                    this::jsonBody);
            if (progress == null) {
                return;
            }
            state = progress.path("state").asText();
        }
        if (!JOB_FINISHED.equals(state)) {
            tally.error(SoakEndpoint.POLL_MATCH_JOB, 0, "the job ended " + state);
        }
    }

    /**
     * Sends a request and times it: an error when the status is not the endpoint's expected one, when no answer came,
     * or when {@code use} finds nothing in the answer (it returns null); else what {@code use} made of it.
     */
    private <T> T send(SoakEndpoint endpoint, HttpRequest request, Function<HttpResponse<byte[]>, T> use) {
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            tally.error(endpoint, System.nanoTime() - start, "no answer: " + e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != endpoint.expectedStatus()) {
            tally.error(endpoint, nanos, "status " + response.statusCode() + problemCode(response));
            return null;
        }
        T used = use.apply(response);
        if (used == null) {
            tally.error(endpoint, nanos, "status " + response.statusCode() + " with an answer the soak cannot use");
            return null;
        }
        tally.ok(endpoint, nanos);
        return used;
    }

    private HttpRequest post(String path, String token, Map<String, String> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", JSON)
                .header("Accept", JSON).POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private HttpRequest.Builder get(String path, String token, String accept) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", accept).GET();
    }

    private JsonNode valid(HttpResponse<byte[]> response) {
        JsonNode verified = jsonBody(response);
        return verified != null && verified.path("valid").asBoolean() ? verified : null;
    }

    private JsonNode jsonBody(HttpResponse<byte[]> response) {
        try {
            JsonNode body = json.readTree(response.body());
            return body == null || body.isMissingNode() ? null : body;
        } catch (IOException e) {
            return null;
        }
    }

    /** The problem's stable code, never its message or any other part of the body (they may name the person). */
    private String problemCode(HttpResponse<byte[]> response) {
        JsonNode problem = jsonBody(response);
        String code = problem == null ? "" : problem.path("code").asText();
        return code.isEmpty() ? "" : " " + code;
    }

    private byte[] bytes(Map<String, String> body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }
}
