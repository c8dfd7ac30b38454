package vn.vaxpass.matching;

import java.util.Objects;

import vn.vaxpass.subject.SubjectStore;

/** The subjects a batch run covers: everyone registered in one commune, or in one province. */
public record SubjectScope(Level level, String code) {

    /** Each level is the area of registration the subjects store pages by. */
    public enum Level {
        COMMUNE(SubjectStore.Area.COMMUNE),
        PROVINCE(SubjectStore.Area.PROVINCE);

        private final SubjectStore.Area area;

        Level(SubjectStore.Area area) {
            this.area = area;
        }

        public SubjectStore.Area area() {
            return area;
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
