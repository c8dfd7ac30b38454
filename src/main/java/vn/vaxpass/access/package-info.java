/**
 * Who may touch what: the one access model every feature asks. {@link vn.vaxpass.access.Reach} is how far a caller's
 * authority reaches (the Ministry of Health, a province's health department, a commune health station, a vaccination
 * facility, a citizen logged in to the portal, a citizen session the lookup granted) and answers the questions the
 * features ask of it: may it see and change the people of this commune or province, act for this facility, have this
 * subject's certificate, which ID number has it proven to hold. {@link vn.vaxpass.access.Area} is a place such a
 * question names: a province, or one commune of it.
 *
 * <p>The adapters build a reach once per request from whatever proves who calls (a bearer token's role and claims,
 * in the HTTP layer) and hand it to the features; the features never read tokens or roles themselves. What a caller
 * does not reach is answered as the feature decides: refused ({@value vn.vaxpass.access.Reach#OUTSIDE_JURISDICTION}),
 * or as if it did not exist.
 *
 * <p>Owns the rule, nothing else: depends on nothing of the project but {@code vn.vaxpass.shared}, and no feature's
 * types; the features depend on it.
 */
package vn.vaxpass.access;
