package vn.vaxpass.access;

import java.util.Objects;

/**
 * A place a question of access names: a province, or one commune of it (GSO codes: two digits for a province, five
 * for a commune, unique nationwide). What belongs to a commune belongs to its province too.
 *
 * @param provinceCode the province; never null
 * @param communeCode  the commune, or null for the province as a whole
 */
public record Area(String provinceCode, String communeCode) {

    public Area {
        Objects.requireNonNull(provinceCode, "provinceCode");
    }

    public static Area province(String provinceCode) {
        return new Area(provinceCode, null);
    }

    public static Area commune(String provinceCode, String communeCode) {
        return new Area(provinceCode, Objects.requireNonNull(communeCode, "communeCode"));
    }

    public boolean isCommune() {
        return communeCode != null;
    }

    /** "commune 00001" or "province 01", for messages. */
    public String describe() {
        return isCommune() ? "commune " + communeCode : "province " + provinceCode;
    }
}
