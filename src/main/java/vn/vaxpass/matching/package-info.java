/**
 * Registry matching: each vaccination subject is checked against the population registry and gets one status
 * ({@link vn.vaxpass.matching.MatchStatus}: MISSING_ID, INVALID_ID_FORMAT, NOT_FOUND, MISMATCH with the fields that
 * differ, VERIFIED) and, when it is wrong, a suggested registry person with a calibrated confidence
 * ({@link vn.vaxpass.matching.SubjectMatcher}, {@link vn.vaxpass.matching.SuggestionConfidence}). One subject can be
 * explained field by field ({@link vn.vaxpass.matching.SubjectExplainer}); many are matched in chunks
 * ({@link vn.vaxpass.matching.BatchMatcher}); {@code jobs} cuts a commune, a province or an uploaded subjects.csv into
 * chunks sent as messages through the {@code jobs.ChunkQueue} port (docs/messages.md).
 *
 * <p>A caller checks one stored subject of its own jurisdiction, possibly with proposed values
 * ({@link vn.vaxpass.matching.SubjectCheck}, {@link vn.vaxpass.matching.ProposedValues}), never free-form identities.
 *
 * <p>Rules: "never VERIFIED unless exactly right"; "suggest only at calibrated confidence"; "the registry is not an
 * oracle": registry data only about stored subjects within reach, a registry ID number masked unless the reach sees
 * it whole ({@code registry.IdNumberMask}), every disclosure recorded ({@code registry.RegistryDisclosureStore}), every
 * check counted against the account's daily quota ({@code registry.RegistryQuota}).
 *
 * <p>Reads {@code access}, {@code csv}, {@code identity}, {@code imports}, {@code registry}, {@code subject} and
 * {@code vaccination}. It must not depend on the features that read its results ({@code issuance},
 * {@code renewal}, {@code lookup}, {@code confirmation}, {@code certificate}), on the synthetic generator (ground
 * truth is read back from its truth.csv), or on SQS and HTTP types: the adapters live in {@code functions/}.
 */
package vn.vaxpass.matching;
