package vn.vaxpass.correction;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.subject.SubjectData;

/**
 * One change of a subject's personal data, as the audit trail keeps it: who (account and role), when, which subject,
 * before and after, where it came from, and the list and item or the reason.
 */
@RegisterForReflection
public record AuditEntry(Instant at, String account, WorkRole role, String subjectId, AuditSource source,
        UUID listId, Long itemId, SubjectData before, SubjectData after, String reason) {
}
