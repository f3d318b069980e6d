package uk.ctsim.scenario;

import java.time.LocalDateTime;

/**
 * A dated period in which protective posture is held at least at {@code level}, whatever the threat level: in May
 * 2017 the CRITICAL posture ran from the evening of 23 May to 07:00 on 30 May, while the level fell to SEVERE on the
 * morning of 27 May.
 *
 * @param level the posture level held in the period (the posture is the higher of it and the threat level)
 * @param from when the period begins (local date-time, to the minute)
 * @param until when it ends (exclusive), after {@code from}
 */
public record PosturePeriod(ThreatLevel level, LocalDateTime from, LocalDateTime until) {
  public PosturePeriod {
    Require.present(level, "level");
    Require.present(from, "from");
    Require.present(until, "until");
    Require.isTrue(until.isAfter(from), "until: " + until + " is not after from " + from);
  }
}
