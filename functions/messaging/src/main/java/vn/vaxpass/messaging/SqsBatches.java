package vn.vaxpass.messaging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClientBuilder;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Many messages to one SQS queue, ten per {@code SendMessageBatch} request, several requests at once. For the bulk
 * flows (the renewal scan's {@code certificate-renewal-due}, the renewals' {@code citizen-notification}): the SmallRye
 * SQS connector sends one message per request, and its batch mode fails its channel for good with "BackPressureFailure:
 * Cannot emit item due to lack of requests" when a partial batch's timer fires while the previous request is still
 * out (Mutiny's group-by-size-or-time), which a loaded run hit. Consumption, and every other message, stays on the
 * connector.
 *
 * <p>The client is the one the connector would build, from the connector's own settings
 * ({@code mp.messaging.connector.smallrye-sqs.endpoint-override}, {@code .region}, {@code .credentials-provider}),
 * made on first use, so applications that never send in bulk never make it.
 */
@ApplicationScoped
public class SqsBatches {

    /** The most entries SQS takes in one SendMessageBatch (or DeleteMessageBatch) request. */
    public static final int MAX_ENTRIES = 10;

    private static final Logger LOG = Logger.getLogger(SqsBatches.class);

    private final Optional<String> endpoint;
    private final Optional<String> region;
    private final Optional<String> credentials;
    private final Config config;
    private final Map<String, String> queueUrls = new ConcurrentHashMap<>();
    private volatile SqsAsyncClient client;

    @Inject
    public SqsBatches(@ConfigProperty(name = "mp.messaging.connector.smallrye-sqs.endpoint-override") Optional<String> endpoint,
            @ConfigProperty(name = "mp.messaging.connector.smallrye-sqs.region") Optional<String> region,
            @ConfigProperty(name = "mp.messaging.connector.smallrye-sqs.credentials-provider") Optional<String> credentials,
            Config config) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.config = config;
    }

    /**
     * The queue {@code name} for an adapter to send to: its URL from {@code vaxpass.queues.<name>.url} (Terraform),
     * else looked up by name (the embedded ElasticMQ); {@code inFlight} requests at once, read at each send.
     */
    public BatchedQueue queue(String name, IntSupplier inFlight) {
        return new BatchedQueue(this, name, config.getOptionalValue("vaxpass.queues." + name + ".url", String.class),
                inFlight);
    }

    /**
     * Sends each body as one message to the queue (its URL when configured, else looked up by name once), ten per
     * request, up to {@code inFlight} requests at once. Completes with, for each body in order, whether SQS accepted it;
     * a request that failed as a whole leaves its ten unaccepted. Logs counts and error codes only, never a body.
     */
    public Uni<boolean[]> send(String queue, Optional<String> queueUrl, List<String> bodies, int inFlight) {
        boolean[] accepted = new boolean[bodies.size()];
        if (bodies.isEmpty()) {
            return Uni.createFrom().item(accepted);
        }
        int requests = (bodies.size() + MAX_ENTRIES - 1) / MAX_ENTRIES;
        return queueUrl(queue, queueUrl)
                .chain(url -> Multi.createFrom().range(0, requests)
                        .onItem().transformToUni(request -> sendBatch(url, bodies, request * MAX_ENTRIES,
                                Math.min(bodies.size(), (request + 1) * MAX_ENTRIES), accepted))
                        .merge(inFlight)
                        .collect().last())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("SQS queue %s could not be reached (%s); %d messages not sent", queue,
                            failure.getClass().getName(), bodies.size());
                    return null;
                })
                .replaceWith(accepted);
    }

    private Uni<Void> sendBatch(String url, List<String> bodies, int from, int to, boolean[] accepted) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(bodies.get(i)).build());
        }
        return Uni.createFrom().completionStage(() -> client().sendMessageBatch(b -> b.queueUrl(url).entries(entries)))
                .invoke(response -> {
                    response.successful().forEach(entry -> accepted[Integer.parseInt(entry.id())] = true);
                    if (response.hasFailed() && !response.failed().isEmpty()) {
                        LOG.warnf("SQS refused %d of %d messages (%s)", response.failed().size(), entries.size(),
                                response.failed().get(0).code());
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("A SendMessageBatch of %d messages failed (%s)", entries.size(), failure.getClass().getName());
                    return null;
                })
                .replaceWithVoid();
    }

    private Uni<String> queueUrl(String queue, Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Uni.createFrom().item(configured.get());
        }
        String known = queueUrls.get(queue);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return Uni.createFrom().completionStage(() -> client().getQueueUrl(b -> b.queueName(queue)))
                .map(GetQueueUrlResponse::queueUrl)
                .invoke(url -> queueUrls.put(queue, url));
    }

    SqsAsyncClient client() {
        SqsAsyncClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = build();
                    client = made;
                }
            }
        }
        return made;
    }

    private SqsAsyncClient build() {
        SqsAsyncClientBuilder builder = SqsAsyncClient.builder().credentialsProvider(credentialsProvider());
        endpoint.filter(value -> !value.isBlank()).ifPresent(value -> builder.endpointOverride(URI.create(value)));
        region.filter(value -> !value.isBlank()).ifPresent(value -> builder.region(Region.of(value)));
        return builder.build();
    }

    /** The connector's setting names a provider class; the two used here are known without reflection (native image). */
    private AwsCredentialsProvider credentialsProvider() {
        String name = credentials.orElse("");
        if (name.equals(AnonymousCredentialsProvider.class.getName())) {
            return AnonymousCredentialsProvider.create();
        }
        if (!name.isBlank() && !name.equals(DefaultCredentialsProvider.class.getName())) {
            throw new IllegalStateException("Unsupported mp.messaging.connector.smallrye-sqs.credentials-provider " + name
                    + " for batch sends: use " + DefaultCredentialsProvider.class.getName() + " or "
                    + AnonymousCredentialsProvider.class.getName());
        }
        return DefaultCredentialsProvider.create();
    }

    @PreDestroy
    void close() {
        SqsAsyncClient made = client;
        if (made != null) {
            made.close();
        }
    }
}
