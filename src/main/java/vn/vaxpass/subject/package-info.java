/**
 * Vaccination subjects: the personal data clerks typed ({@link vn.vaxpass.subject.SubjectData}), a subject as stored
 * ({@link vn.vaxpass.subject.StoredSubject}), and the one home of the {@code vaccination_subject} table
 * ({@link vn.vaxpass.subject.SubjectStore}): its column list, its row mapping, and the reads of that table alone
 * (by ids, a commune's or province's page, by the lookup keys of a phone or ID number). Issuance, revocation,
 * renewal, lookup, matching and the subjects import read and name the table's columns through it; a statement that
 * joins other tables composes its column list and row mapping, so it stays one statement.
 *
 * <p>Depends on no feature: issuance, lookup, matching, renewal, vaccination and the imports depend on this package,
 * never the reverse (the ArchUnit rule {@code NoTwoPackagesDependOnEachOther} fails on a cycle). It knows the table,
 * not what a feature does with a subject: eligibility, matching rules and access belong to the features.
 */
package vn.vaxpass.subject;
