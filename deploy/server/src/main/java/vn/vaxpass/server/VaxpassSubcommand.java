package vn.vaxpass.server;

/**
 * A command that an application built on the server adds to {@code vaxpass} (the benchmarks' application,
 * {@code deploy/bench-server}): every CDI bean of this type whose class is a picocli {@code @Command} becomes a
 * subcommand under its own name, next to the server's own commands ({@link VaxpassCommand}). Such a bean must be
 * {@code @Unremovable}, since nothing injects it.
 */
public interface VaxpassSubcommand {
}
