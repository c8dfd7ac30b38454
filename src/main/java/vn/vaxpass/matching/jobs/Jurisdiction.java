package vn.vaxpass.matching.jobs;

import java.util.Objects;

/**
 * Where a health official works: a province, or one commune of it. Staff see the jobs and subjects of their own
 * jurisdiction only: a province's staff everything of the province, a commune's staff only their commune's.
 */
public record Jurisdiction(String provinceCode, String communeCode) {

    public Jurisdiction {
        Objects.requireNonNull(provinceCode, "provinceCode");
    }

    public static Jurisdiction province(String provinceCode) {
        return new Jurisdiction(provinceCode, null);
    }

    public static Jurisdiction commune(String provinceCode, String communeCode) {
        return new Jurisdiction(provinceCode, Objects.requireNonNull(communeCode, "communeCode"));
    }

    public boolean isCommune() {
        return communeCode != null;
    }

    /** Whether this jurisdiction covers what belongs to the province and, when not null, to the commune. */
    public boolean covers(String province, String commune) {
        return provinceCode.equals(province) && (communeCode == null || communeCode.equals(commune));
    }
}
