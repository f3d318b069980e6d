package uk.ctsim.model.events;

/**
 * What the pay rules need to know about one officer's deployment, recorded by the model as facts; the cost rules
 * decide what they are worth.
 *
 * @param notifiedMinute when the officer was told of the duty (for the 8 hours' due notice of a change of tour)
 * @param publicHoliday the duty starts on a bank holiday in England and Wales
 * @param unplannedOvertime the officer was told of the overtime only after the start of the tour it extends
 * @param unsocialMinutes minutes of the duty between 20:00 and 06:00 outside the officer's rostered tour
 * @param absenceDays for a recall from annual leave, the length in days of the absence (leave and rest days in a
 *     row) that the recalled day belongs to; 0 otherwise
 * @param recalledDayOfAbsence for a recall from annual leave, which recalled day of that absence this is (1 for the
 *     first day recalled, 2 for the second, ...; a public holiday in the absence is not counted, as Annex H, not
 *     Annex O, pays duty on it); 0 otherwise, and 0 on a public holiday
 * @param payStepsBelowTop the officer's pay point, counted down from the top of the rank's scale (0 is the top point),
 *     given at set-up; the cost rules price it at the scale in force on the day of the duty
 * @param retainedRestDayMinutes minutes of the duty beyond the end of the officer's tour that fall on the next
 *     calendar day when that day is one of the officer's rostered rest days: the officer is retained on duty from a
 *     tour into a rest day (Annex H); 0 otherwise
 */
public record DutyFacts(long notifiedMinute, boolean publicHoliday, boolean unplannedOvertime, int unsocialMinutes,
    int absenceDays, int recalledDayOfAbsence, int payStepsBelowTop, int retainedRestDayMinutes) {

  public DutyFacts {
    if (unsocialMinutes < 0 || absenceDays < 0 || recalledDayOfAbsence < 0 || payStepsBelowTop < 0
        || retainedRestDayMinutes < 0) {
      throw new IllegalArgumentException("duty facts with a negative count: unsocial " + unsocialMinutes
          + ", absence " + absenceDays + ", recalled day " + recalledDayOfAbsence + ", pay step " + payStepsBelowTop
          + ", retained into a rest day " + retainedRestDayMinutes);
    }
  }

  /** Facts of a duty that does not run on into a rest day. */
  public DutyFacts(long notifiedMinute, boolean publicHoliday, boolean unplannedOvertime, int unsocialMinutes,
      int absenceDays, int recalledDayOfAbsence, int payStepsBelowTop) {
    this(notifiedMinute, publicHoliday, unplannedOvertime, unsocialMinutes, absenceDays, recalledDayOfAbsence,
        payStepsBelowTop, 0);
  }

  /** Facts of an officer on the top pay point. */
  public DutyFacts(long notifiedMinute, boolean publicHoliday, boolean unplannedOvertime, int unsocialMinutes,
      int absenceDays, int recalledDayOfAbsence) {
    this(notifiedMinute, publicHoliday, unplannedOvertime, unsocialMinutes, absenceDays, recalledDayOfAbsence, 0);
  }

  /** Facts of a duty told of at {@code notifiedMinute} that none of the other rules touch. */
  public static DutyFacts plain(long notifiedMinute) {
    return new DutyFacts(notifiedMinute, false, false, 0, 0, 0);
  }
}
