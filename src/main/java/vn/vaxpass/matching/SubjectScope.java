package vn.vaxpass.matching;

import java.util.Objects;

/** The subjects a batch run covers: everyone registered in one commune, or in one province. */
public record SubjectScope(Level level, String code) {

    /** Each level is the column a {@code vaccination_subject} index starts with (then subject_id, for keyset paging). */
    public enum Level {
        COMMUNE("commune_code"),
        PROVINCE("province_code");

        private final String column;

        Level(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    public SubjectScope {
        Objects.requireNonNull(level, "level");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A scope needs a commune or province code");
        }
    }

    public static SubjectScope commune(String communeCode) {
        return new SubjectScope(Level.COMMUNE, communeCode);
    }

    public static SubjectScope province(String provinceCode) {
        return new SubjectScope(Level.PROVINCE, provinceCode);
    }
}
