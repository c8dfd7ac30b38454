package vn.vaxpass.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

import vn.vaxpass.matching.jobs.JobData;
import vn.vaxpass.server.matching.ChunkProcessorFailingOnce;

/**
 * PostgreSQL lost in the middle of a registry-match job: the chunks whose messages arrive while it is gone fail and
 * end in the dead-letter queue; once it is back the stale-chunk sweep sends them again, and the job finishes with
 * every subject matched exactly once and no chunk given up.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class AMatchJobSurvivesLosingTheDatabase {

    private static final int SUBJECTS = 36;
    /** The test configuration cuts jobs into chunks of two subjects. */
    private static final int CHUNKS = SUBJECTS / 2;
    /** A chunk well inside the job: some are done before the database goes, most after. */
    private static final int MID_JOB = 4;

    @Inject
    Pool pool;

    @Inject
    ChunkProcessorFailingOnce processor;

    @BeforeEach
    void data() {
        JobData.reset(pool);
        Faults.subjects(pool, SUBJECTS);
    }

    @Test
    void everySubjectIsMatchedOnceAfterTheDatabaseComesBack() {
        TcpProxy database = FaultyDatabase.proxy();
        assertThat(database.accepted()).as("the server reaches its database through the proxy").isPositive();
        ChunkProcessorFailingOnce.Hold inFlight = processor.holdNextDeliveryOfChunk(MID_JOB);

        String id = Faults.submitPhucXa();
        Faults.await(inFlight.reached());
        database.cut();
        inFlight.release();
        Faults.pause(Faults.OUTAGE);
        database.restore();

        JsonPath done = Faults.awaitEnded(id);
        assertThat(done.getString("state")).isEqualTo("FINISHED");
        assertThat(done.getInt("chunksDone")).isEqualTo(CHUNKS);
        assertThat(done.getInt("chunksFailed")).isZero();
        assertThat(done.getLong("subjectsDone")).isEqualTo(SUBJECTS);
        assertThat(Faults.resultRows(pool, id)).containsExactly(SUBJECTS, SUBJECTS);
        assertThat(Faults.results(id)).hasSize(SUBJECTS + 1).doesNotHaveDuplicates();
        assertThat(Faults.chunksSentAgain(pool, id)).as("chunks the sweep sent again").isPositive();
    }
}
