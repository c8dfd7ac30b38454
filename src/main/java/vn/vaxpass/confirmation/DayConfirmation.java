package vn.vaxpass.confirmation;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The outcome of confirming a facility's doses of one day: how many doses the day has, how many got a new
 * confirmation (never confirmed, or changed since), and how many already stood confirmed as they are.
 */
@RegisterForReflection
public record DayConfirmation(String facilityCode, LocalDate day, Instant confirmedAt, int doses, int newlyConfirmed,
        int alreadyConfirmed) {
}
