package uk.ctsim.scenario;

import java.time.LocalDateTime;

/**
 * A dated deployment of military backfill (Operation Temperer): soldiers may take static-guard shifts that start in
 * it, whatever the threat level.
 *
 * @param from when the soldiers are first on guard (local date-time, to the minute)
 * @param until when they are withdrawn (exclusive), after {@code from}
 */
public record MilitaryPeriod(LocalDateTime from, LocalDateTime until) {
  public MilitaryPeriod {
    Require.present(from, "from");
    Require.present(until, "until");
    Require.isTrue(until.isAfter(from), "until: " + until + " is not after from " + from);
  }
}
