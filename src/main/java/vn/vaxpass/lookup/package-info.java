/**
 * Citizens find their own record: by phone number, full name and date of birth with a 6-digit code sent by SMS
 * ({@link vn.vaxpass.lookup.CitizenLookup}, {@link vn.vaxpass.lookup.ChallengeStore},
 * {@link vn.vaxpass.lookup.SmsQueue}), or by ID number and date of birth under a portal login
 * ({@link vn.vaxpass.lookup.IdNumberLookup}). The answer ({@link vn.vaxpass.lookup.CitizenRecord}) shows the doses,
 * the registry check in plain words ({@link vn.vaxpass.lookup.RegistryCheckWording}) and whether a certificate is
 * available; limits per phone, ID number and client address are kept in PostgreSQL
 * ({@link vn.vaxpass.lookup.ThrottleStore}).
 *
 * <p>Rules: "the same answer for no such person and wrong details"; "a code is stored only as its HMAC".
 *
 * <p>Reads {@code certificate}, {@code confirmation}, {@code identity}, {@code issuance}, {@code matching} and
 * {@code shared}; only {@code sms} and {@code renewal} depend on it (for the text message, its port and the phone
 * number), and it must not depend on {@code renewal} or on HTTP types: the
 * lookup function adapts requests to it and mints the citizen session it grants.
 */
package vn.vaxpass.lookup;
