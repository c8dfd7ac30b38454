package vn.vaxpass.identity;

/**
 * One of the 63 provinces (before the merger of 1 July 2025) whose code opens a 12-digit ID number: the province
 * where the citizen's birth was registered (Circular 07/2016/TT-BCA, Annex I). ID numbers never change, so these
 * codes decode every number, however the provinces have been reorganised since.
 *
 * @param cccdPrefix the first three digits of the ID number, "001" (Hà Nội) to "096" (Cà Mau)
 * @param gsoCode the province's two-digit statistics office code, the prefix without its leading zero
 * @param name the province's name, informative only
 */
public record BirthRegistrationProvince(String cccdPrefix, String gsoCode, String name) {
}
