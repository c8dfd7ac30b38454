package vn.vaxpass.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import vn.vaxpass.matching.jobs.ChunkMessage;
import vn.vaxpass.matching.jobs.ChunkQueue;
import vn.vaxpass.messaging.testing.ElasticMqResource;

/** A chunk message reaches the SQS queue as its versioned JSON: ids only. */
@QuarkusTest
@QuarkusTestResource(value = ElasticMqResource.class,
        initArgs = @ResourceArg(name = ElasticMqResource.QUEUES, value = "registry-match-chunks,bulk,certificate-renewal-due,sms-requested,notifications-by-url"))
class SqsChunkQueueSendsIdsOnly {

    @Inject
    ChunkQueue queue;

    @Test
    void aSentMessageIsInTheQueueAsVersionedJson() {
        UUID job = UUID.fromString("0b6f3c52-7d0c-4d55-9d1c-3f1a5f0e2a11");

        queue.send(ChunkMessage.of(job, 7)).await().indefinitely();

        assertThat(ElasticMqResource.receive("registry-match-chunks"))
                .containsExactly("{\"v\":1,\"jobId\":\"0b6f3c52-7d0c-4d55-9d1c-3f1a5f0e2a11\",\"chunk\":7}");
        assertThat(ChunkMessage.fromJson("{\"v\":1,\"jobId\":\"" + job + "\",\"chunk\":7,\"added\":true}"))
                .isEqualTo(ChunkMessage.of(job, 7));
    }
}
