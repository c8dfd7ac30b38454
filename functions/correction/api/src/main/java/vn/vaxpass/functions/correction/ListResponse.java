package vn.vaxpass.functions.correction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

import vn.vaxpass.correction.CorrectionList;

/** A clean-up list and the items the caller sees of it (a village team: its village's). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record ListResponse(UUID id, String communeCode, String provinceCode, String state, String createdBy,
        Instant createdAt, Instant sentAt, String contentHash, Instant appliedAt, int version,
        List<ItemResponse> items) {

    static ListResponse of(CorrectionList list, List<ItemResponse> items) {
        return new ListResponse(list.id, list.communeCode, list.provinceCode, list.state.name(), list.createdBy,
                list.createdAt, list.sentAt, list.contentHash, list.appliedAt, list.version, items);
    }
}
