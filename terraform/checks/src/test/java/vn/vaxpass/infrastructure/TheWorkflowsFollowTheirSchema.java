package vn.vaxpass.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every GitHub workflow is valid against the workflow schema, as @action-validator/cli checks it (with its
 * paths globs matched against the repository): nothing here can run a workflow, and GitHub reports an invalid one
 * only once it is pushed, by not running it.
 */
class TheWorkflowsFollowTheirSchema {

    @Test
    void everyWorkflowFollowsTheSchema() throws IOException {
        Checkers.require(Checkers.ACTION_VALIDATOR);
        List<Path> workflows;
        try (Stream<Path> listing = Files.list(Checkers.ROOT.resolve(".github/workflows"))) {
            workflows = listing.filter(path -> path.toString().endsWith(".yml") || path.toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        assertThat(workflows).as("the check sees the workflows").isNotEmpty();
        for (Path workflow : workflows) {
            Checkers.Result result = Checkers.node(List.of(
                    Checkers.nodeModule("@action-validator/cli/cli.mjs").toString(),
                    Checkers.ROOT.relativize(workflow).toString()));
            assertThat(result.exitCode()).as("%s against the workflow schema:%n%s", Checkers.ROOT.relativize(workflow),
                    result.output()).isZero();
        }
    }
}
