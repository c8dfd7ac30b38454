/**
 * The one {@link java.time.Clock} every feature asks for "now" ({@link vn.vaxpass.clock.ClockProducer}, a default
 * bean that tests replace with a fixed clock). Nothing in the core calls {@code Instant.now()} itself.
 *
 * <p>Depends on no other Vaxpass package and must not: every feature may use it.
 */
package vn.vaxpass.clock;
