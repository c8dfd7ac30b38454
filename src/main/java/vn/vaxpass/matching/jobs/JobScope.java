package vn.vaxpass.matching.jobs;

import java.util.Objects;

import vn.vaxpass.matching.SubjectScope;

/** What a job matches: every subject of a commune or of a province, or the subjects of one uploaded file. */
public record JobScope(Level level, String code) {

    public enum Level {
        COMMUNE,
        PROVINCE,
        UPLOAD
    }

    public JobScope {
        Objects.requireNonNull(level, "level");
        if ((level == Level.UPLOAD) != (code == null)) {
            throw new IllegalArgumentException("A commune or province scope has a code, an upload has none");
        }
    }

    public static JobScope of(SubjectScope scope) {
        return new JobScope(scope.level() == SubjectScope.Level.COMMUNE ? Level.COMMUNE : Level.PROVINCE, scope.code());
    }

    public static JobScope upload() {
        return new JobScope(Level.UPLOAD, null);
    }

    /** The subjects a commune or province job pages through; not for an upload. */
    public SubjectScope subjects() {
        return switch (level) {
            case COMMUNE -> SubjectScope.commune(code);
            case PROVINCE -> SubjectScope.province(code);
            case UPLOAD -> throw new IllegalStateException("An upload's subjects are listed in its chunks");
        };
    }
}
