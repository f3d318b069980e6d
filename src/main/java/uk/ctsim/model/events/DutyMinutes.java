package uk.ctsim.model.events;

/**
 * One officer deployment's minutes, split by where they fall in the officer's roster: that is what decides how they
 * are paid.
 *
 * @param rostered minutes inside the officer's rostered tour: abstraction from ordinary duty
 * @param overtime minutes outside the rostered tour on a duty day (shift extension or earlier start)
 * @param restDay minutes worked on a rest day (a public holiday included; see {@link DutyFacts#publicHoliday()})
 * @param leave minutes worked on a day of cancelled annual leave
 */
public record DutyMinutes(int rostered, int overtime, int restDay, int leave) {
  public DutyMinutes {
    if (rostered < 0 || overtime < 0 || restDay < 0 || leave < 0) {
      throw new IllegalArgumentException("duty minutes cannot be negative: rostered " + rostered + ", overtime "
          + overtime + ", rest day " + restDay + ", leave " + leave);
    }
  }

  /** All the minutes. */
  public int total() {
    return rostered + overtime + restDay + leave;
  }
}
