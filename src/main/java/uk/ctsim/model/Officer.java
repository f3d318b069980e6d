package uk.ctsim.model;

import java.util.Arrays;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.scenario.Accreditation;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Rank;
import uk.ctsim.scenario.Role;

/**
 * One officer. Availability on a day is derived from the roster arithmetically; the officer's own state is its
 * leave and sickness days, its deployments (commitments), its extra minutes by week and its recalls from leave.
 * Its hours by pay type are not kept here: they are in the {@code OfficerDeployed} events, which the collectors and
 * the cost accountant sum. Officers are never stepped.
 */
public final class Officer {
  final int id;
  final ForceId force;
  final Rank rank;
  final Role role;
  final int accreditations;
  final int rosterOffset;
  final long[] leave;
  final long[] sick;
  private long[] starts = new long[4];
  private long[] ends = new long[4];
  private int commitments;
  /**
   * Days touched by a commitment, and days a commitment starts on, as bits indexed by day + {@link #DAY_SHIFT}: most
   * availability checks find no bit and so skip the binary search of the commitments (the search stays the exact
   * answer when a bit is set).
   */
  private final long[] committedDays;
  private final long[] startDays;
  /** Commitments may start the day before the period (a night shift): day -1 is bit 1 of the day filters. */
  private static final int DAY_SHIFT = 2;
  private short[] extraMinutesByWeek;
  /** The officer's pay point on the first day, counted down from the top of the rank's scale; given once at set-up. */
  int payStepsBelowTop;
  /** No progression: the officer stays on {@code payStepsBelowTop} (at the top already, or progression is off). */
  static final int NO_INCREMENT = Integer.MAX_VALUE;
  /** The day of the run (0 to 364) of the officer's first increment, or {@link #NO_INCREMENT}. */
  int payIncrementDay = NO_INCREMENT;

  Officer(int id, ForceId force, Rank rank, Role role, int accreditations, int rosterOffset, int days) {
    this.id = id;
    this.force = force;
    this.rank = rank;
    this.role = role;
    this.accreditations = accreditations;
    this.rosterOffset = rosterOffset;
    this.leave = new long[(days + 64) / 64 + 1];
    this.sick = new long[(days + 64) / 64 + 1];
    this.committedDays = new long[(days + 2 * DAY_SHIFT + 64) / 64 + 1];
    this.startDays = new long[committedDays.length];
  }

  public int id() {
    return id;
  }

  /**
   * The officer's pay point on day {@code day} of the run, counted down from the top: one point up on each increment
   * date (the first on {@code payIncrementDay}, then every 365 days), never above the top.
   */
  int payStepsBelowTop(int day) {
    if (day < payIncrementDay) return payStepsBelowTop;
    return Math.max(0, payStepsBelowTop - 1 - (day - payIncrementDay) / 365);
  }

  public ForceId force() {
    return force;
  }

  public Rank rank() {
    return rank;
  }

  public Role role() {
    return role;
  }

  public boolean holds(Accreditation a) {
    return a == null || (accreditations & (1 << a.ordinal())) != 0;
  }

  static boolean bit(long[] bits, int day) {
    return day >= 0 && (day >> 6) < bits.length && (bits[day >> 6] & (1L << (day & 63))) != 0;
  }

  static void set(long[] bits, int day) {
    bits[day >> 6] |= 1L << (day & 63);
  }

  public boolean onLeave(int day) {
    return bit(leave, day);
  }

  public boolean sick(int day) {
    return bit(sick, day);
  }

  /** Whether any deployment overlaps [from, to). Commitments are kept sorted by start. */
  boolean busy(long from, long to) {
    if (to > from && noneIn(committedDays, Minutes.dayOf(from), Minutes.dayOf(to - 1))) return false;
    int i = Arrays.binarySearch(starts, 0, commitments, to);
    int hi = i >= 0 ? i : -i - 1;
    // No deployment lasts longer than a day, so one starting two days before 'from' cannot reach it.
    for (int k = hi - 1; k >= 0 && starts[k] >= from - 2L * Minutes.PER_DAY; k--) {
      if (ends[k] > from) return true;
    }
    return false;
  }

  void commit(long start, long end) {
    if (commitments == starts.length) {
      starts = Arrays.copyOf(starts, commitments * 2);
      ends = Arrays.copyOf(ends, commitments * 2);
    }
    // Deployments mostly come in time order: one later than every other goes at the end without a search (where the
    // search would put it too).
    int at = commitments;
    if (commitments > 0 && start <= starts[commitments - 1]) {
      int i = Arrays.binarySearch(starts, 0, commitments, start);
      at = i >= 0 ? i : -i - 1;
    }
    System.arraycopy(starts, at, starts, at + 1, commitments - at);
    System.arraycopy(ends, at, ends, at + 1, commitments - at);
    starts[at] = start;
    ends[at] = end;
    commitments++;
    int first = Minutes.dayOf(start);
    int last = Math.max(first, Minutes.dayOf(end - 1));
    for (int day = first; day <= last; day++) mark(committedDays, day);
    mark(startDays, first);
  }

  /**
   * Removes the commitment [start, end), which must exist (a booking released by pre-emption). The day filters keep
   * their bits: they stay conservative (a set bit only sends the check to the exact search).
   */
  void release(long start, long end) {
    for (int k = 0; k < commitments; k++) {
      if (starts[k] == start && ends[k] == end) {
        System.arraycopy(starts, k + 1, starts, k, commitments - k - 1);
        System.arraycopy(ends, k + 1, ends, k, commitments - k - 1);
        commitments--;
        return;
      }
    }
    throw new IllegalStateException("officer " + id + " has no commitment " + start + "-" + end);
  }

  /**
   * Sets the bit of the day in a day filter; a day outside the filter sets nothing, and {@link #noneIn} then never
   * answers "none" for it, so the filters stay conservative.
   */
  private static void mark(long[] filter, int day) {
    int at = day + DAY_SHIFT;
    if (at >= 0 && at < filter.length * 64) filter[at >> 6] |= 1L << (at & 63);
  }

  /** Whether the filter certainly has no bit in days [first, last]; false when unsure (days outside the filter). */
  static boolean noneIn(long[] filter, int first, int last) {
    int lo = first + DAY_SHIFT;
    int hi = last + DAY_SHIFT;
    if (lo < 0 || hi >= filter.length * 64) return false;
    for (int word = lo >> 6; word <= hi >> 6; word++) {
      long mask = -1L;
      if (word == lo >> 6) mask &= -1L << (lo & 63);
      if (word == hi >> 6) mask &= -1L >>> (63 - (hi & 63));
      if ((filter[word] & mask) != 0) return false;
    }
    return true;
  }

  /** Whether a deployment starts on the day (at most one planned deployment a day). */
  boolean deployedOnDay(long dayStart) {
    if (noneIn(startDays, Minutes.dayOf(dayStart), Minutes.dayOf(dayStart))) return false;
    return startsWithin(dayStart, dayStart + Minutes.PER_DAY);
  }

  private boolean startsWithin(long from, long to) {
    int i = Arrays.binarySearch(starts, 0, commitments, from);
    int at = i >= 0 ? i : -i - 1;
    return at < commitments && starts[at] < to;
  }

  /** No day: the officer has not been recalled from leave yet. */
  private static final int NO_DAY = Integer.MIN_VALUE;
  private int recallAbsenceStart = NO_DAY;
  private int recallDay = NO_DAY;
  private int recallsInAbsence;

  /**
   * Notes a recall from annual leave on {@code day}, in the absence that starts on {@code absenceStart}, and returns
   * which recalled day of that absence it is (a second deployment on the same day is the same recalled day).
   */
  int recallFromLeave(int absenceStart, int day) {
    if (day == recallDay) return recallsInAbsence;
    if (absenceStart != recallAbsenceStart) {
      recallAbsenceStart = absenceStart;
      recallsInAbsence = 0;
    }
    recallDay = day;
    return ++recallsInAbsence;
  }

  int extraMinutes(int week) {
    return extraMinutesByWeek == null || week < 0 || week >= extraMinutesByWeek.length ? 0 : extraMinutesByWeek[week];
  }

  void addExtraMinutes(int week, int minutes, int weeks) {
    if (minutes <= 0 || week < 0) return;
    if (extraMinutesByWeek == null) extraMinutesByWeek = new short[weeks + 1];
    if (week < extraMinutesByWeek.length) {
      extraMinutesByWeek[week] = (short) Math.min(Short.MAX_VALUE, extraMinutesByWeek[week] + minutes);
    }
  }

  int commitmentCount() {
    return commitments;
  }

  long commitmentStart(int i) {
    return starts[i];
  }

  long commitmentEnd(int i) {
    return ends[i];
  }
}
