package vn.vaxpass.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A failure's message may hold personal data: the summary a log gets has the type and place, never the text. */
class FailureSummaryNeverQuotesTheMessage {

    private static final String PERSONAL = "Đặng Văn Đức 079085001234";

    private static IllegalStateException thrownHere() {
        try {
            throw new IllegalStateException("duplicate key (full_name)=(" + PERSONAL + ")",
                    new SQLException("row " + PERSONAL + " violates a constraint"));
        } catch (IllegalStateException e) {
            return e;
        }
    }

    @Test
    void saysTheTypeAndWhereItWasThrown() {
        String summary = FailureSummary.of(thrownHere());

        assertThat(summary).startsWith("java.lang.IllegalStateException at ")
                .contains(FailureSummaryNeverQuotesTheMessage.class.getName() + ".thrownHere(");
    }

    @Test
    void leavesOutTheMessageAndEveryCause() {
        String summary = FailureSummary.of(thrownHere());

        assertThat(summary).doesNotContain(PERSONAL).doesNotContain("079085001234").doesNotContain("duplicate key")
                .doesNotContain("SQLException");
    }

    @Test
    void saysThePlaceIsUnknownWhenTheFailureHasNoStackTrace() {
        RuntimeException withoutTrace = new RuntimeException(PERSONAL, null, false, false) {
        };

        assertThat(FailureSummary.of(withoutTrace)).endsWith(" at an unknown place (no stack trace)")
                .doesNotContain(PERSONAL);
    }
}
