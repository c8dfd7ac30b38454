package vn.vaxpass.correction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hashes that tie paper, file and record together: of a list's content as sent to the police, and of each
 * decision the police sign. Each is SHA-256 (hex) over the fields in a fixed order, joined by the ASCII unit separator
 * (U+001F; a missing field is empty), so anyone holding the same data computes the same hash.
 */
public final class ListContent {

    private static final String FIELD = "\u001f";
    private static final String RECORD = "\u001e";

    private ListContent() {
    }

    /** The hash of the items as sent: id, subject, subject version, village, proposal and note, by item id. */
    public static String hashOfSent(List<CorrectionItem> items) {
        return sha256(items.stream().sorted(Comparator.comparing(item -> item.id))
                .map(item -> join(item.id, item.subjectId, item.subjectVersion, item.village, item.proposedFullName,
                        item.proposedDateOfBirth, item.proposedGender, item.proposedIdNumber, outcome(item), item.note))
                .collect(Collectors.joining(RECORD)));
    }

    /** The hash of one decision: item, subject, decision, the values it gives the subject, the reason. */
    public static String hashOfDecision(CorrectionItem item) {
        SubjectValues values = valuesDecided(item);
        return sha256(join(item.id, item.subjectId, item.subjectVersion, item.state, values.fullName(),
                values.dateOfBirth(), values.gender(), values.idNumber(), outcome(item), item.rejectionReason));
    }

    /** The hash over every decision's hash, by item id: what the police sign. */
    public static String hashOfDecisions(List<String> decisionHashes) {
        return sha256(String.join(RECORD, decisionHashes));
    }

    /**
     * The values a decided item gives its subject: the police's own (CORRECTED), the proposal they confirmed
     * (CONFIRMED), none (REJECTED, or a confirmed outcome).
     */
    public static SubjectValues valuesDecided(CorrectionItem item) {
        return switch (item.state) {
            case CORRECTED -> item.decidedValues().orElse(SubjectValues.none());
            case CONFIRMED -> item.outcome != null ? SubjectValues.none()
                    : item.proposedValues().orElse(SubjectValues.none());
            default -> SubjectValues.none();
        };
    }

    /**
     * The outcome with what it points at, {@code DUPLICATE_OF:S-1} or {@code MOVED_AWAY:26734}: the police confirm
     * the subject kept or the commune moved to too. An outcome pointing at nothing reads as before these targets.
     */
    static String outcome(CorrectionItem item) {
        if (item.outcome == null) {
            return null;
        }
        String target = item.duplicateOf != null ? item.duplicateOf : item.movedToCommune;
        return target == null ? item.outcome.name() : item.outcome.name() + ":" + target;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String join(Object... fields) {
        return Stream.of(fields).map(field -> Objects.toString(field, "")).collect(Collectors.joining(FIELD));
    }
}
