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
 *
 * <p>Memory layout, for speed: a candidate check reads a day's leave, sickness, commitment and start bits, and the
 * week's extra minutes. They live in the pool's {@link OfficerDays}, day-major, so that neighbouring candidates share
 * cache lines (the candidate checks are most of a replication's time, and most of that was waiting for memory). The
 * officer object holds what does not change and its latest commitment; commitments are one array of (start, end)
 * pairs in minutes, made with the officer so that it lies next to it (made at the first commitment instead, it lay
 * among the replication's short-lived objects and was a cold read on most checks: measured slower).
 */
public final class Officer {
  final int id;
  final ForceId force;
  final Rank rank;
  final Role role;
  final int accreditations;
  final int rosterOffset;
  /** The pool's day bits and weekly minutes, and this officer's place in them. */
  private final OfficerDays days;
  private final int slot;
  /** Commitments as (start, end) pairs in minutes, sorted by start; {@link #commitments} pairs are in use. */
  private int[] spans = new int[2 * FIRST_CAPACITY];
  private int commitments;
  /**
   * The room in {@link #spans}, in pairs, and the latest start: kept in the officer so that appending a commitment, the
   * usual case, only writes to {@code spans} (reading it first was a cache miss on every deployment).
   */
  private int capacity = FIRST_CAPACITY;
  /** Room for a week or two of shifts and the bookings ahead: an array that seldom grows stays where it was allocated. */
  static final int FIRST_CAPACITY = 12;
  private int lastStart;
  /**
   * The end of the latest commitment, which is the latest end (commitments never overlap): with {@link #lastStart} it
   * answers most checks, which ask about minutes after or during the latest commitment, without reading {@code spans}.
   */
  private int lastEnd;
  /**
   * Commitments that ended before this minute have been forgotten (see {@link #commit(long, long, long)}); a question
   * about earlier minutes is refused rather than answered wrongly.
   */
  private long forgottenBefore = Long.MIN_VALUE;
  /**
   * How long a commitment is remembered after it ends, behind the time of the booking that finds the array full: no
   * check looks further back than a demand's start less two days and the rest period, and no demand is booked to start
   * more than a day before it is decided, so a week is a wide margin.
   */
  static final long REMEMBERED_MINUTES = 7L * Minutes.PER_DAY;
  /** The officer's pay point on the first day, counted down from the top of the rank's scale; given once at set-up. */
  int payStepsBelowTop;
  /** No progression: the officer stays on {@code payStepsBelowTop} (at the top already, or progression is off). */
  static final int NO_INCREMENT = Integer.MAX_VALUE;
  /** The day of the run (0 to 364) of the officer's first increment, or {@link #NO_INCREMENT}. */
  int payIncrementDay = NO_INCREMENT;

  /** An officer with a table of its own, over a period of {@code days} days (tests and single officers). */
  Officer(int id, ForceId force, Rank rank, Role role, int accreditations, int rosterOffset, int days) {
    this(id, force, rank, role, accreditations, rosterOffset, new OfficerDays(1, days), 0);
  }

  /** An officer whose day bits and weekly minutes are slot {@code slot} of a pool's table. */
  Officer(int id, ForceId force, Rank rank, Role role, int accreditations, int rosterOffset, OfficerDays days,
      int slot) {
    if (slot < 0 || slot >= days.officers()) {
      throw new IllegalArgumentException("slot " + slot + " of a table of " + days.officers());
    }
    this.id = id;
    this.force = force;
    this.rank = rank;
    this.role = role;
    this.accreditations = accreditations;
    this.rosterOffset = rosterOffset;
    this.days = days;
    this.slot = slot;
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

  public boolean onLeave(int day) {
    return days.bit(OfficerDays.LEAVE, slot, day);
  }

  public boolean sick(int day) {
    return days.bit(OfficerDays.SICK, slot, day);
  }

  void setLeave(int day) {
    days.set(OfficerDays.LEAVE, slot, day);
  }

  void setSick(int day) {
    days.set(OfficerDays.SICK, slot, day);
  }

  /** Whether any deployment overlaps [from, to). Commitments are kept sorted by start. */
  boolean busy(long from, long to) {
    if (to > from && noCommitmentIn(Minutes.dayOf(from), Minutes.dayOf(to - 1))) return false;
    checkRemembered(from);
    if (commitments == 0 || from >= lastEnd) return false;
    if (to > lastStart) return true;
    int hi = startsBefore(to);
    // No deployment lasts longer than a day, so one starting two days before 'from' cannot reach it.
    for (int k = hi - 1; k >= 0 && spans[2 * k] >= from - 2L * Minutes.PER_DAY; k--) {
      if (spans[2 * k + 1] > from) return true;
    }
    return false;
  }

  /**
   * How many commitments start before {@code minute}: the index of the first starting at or after it. Searched from the
   * latest commitment back, since the minutes asked about are mostly near the latest (bookings come nearly in time
   * order), then by halving; a binary search from the middle read a cold cache line on most deployments. (No two
   * commitments of an officer share a start, since they never overlap, so this is the place
   * {@code Arrays.binarySearch} found before.)
   */
  private int startsBefore(long minute) {
    int at = commitments;
    for (int steps = 0; steps < 4; steps++) {
      if (at == 0 || spans[2 * at - 2] < minute) return at;
      at--;
    }
    int low = 0;
    int high = at;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (spans[2 * mid] < minute) low = mid + 1; else high = mid;
    }
    return low;
  }

  /** Commits the officer to [start, end), forgetting nothing (where the time of booking is not known: tests). */
  void commit(long start, long end) {
    commit(start, end, Long.MIN_VALUE);
  }

  /**
   * Commits the officer to [start, end), booked at minute {@code now}. When the array is full, commitments that ended
   * more than {@link #REMEMBERED_MINUTES} before {@code now} are forgotten first: the array then stays a few entries
   * long, near the officer's other state in memory, instead of growing through the year (its reads were cache misses).
   */
  void commit(long start, long end, long now) {
    if (commitments == capacity && now != Long.MIN_VALUE) forget(now - REMEMBERED_MINUTES);
    if (commitments == capacity) {
      capacity *= 2;
      spans = Arrays.copyOf(spans, 2 * capacity);
    }
    // Deployments mostly come in time order: one later than every other goes at the end without a search (where the
    // search would put it too).
    int at = commitments;
    if (commitments > 0 && start <= lastStart) {
      at = startsBefore(start);
      System.arraycopy(spans, 2 * at, spans, 2 * at + 2, 2 * (commitments - at));
    }
    // Minutes from the period's start fit an int for any period under 4,000 years.
    spans[2 * at] = (int) start;
    spans[2 * at + 1] = (int) end;
    if (at == commitments) {
      lastStart = (int) start;
      lastEnd = (int) end;
    }
    commitments++;
    int first = Minutes.dayOf(start);
    int last = Math.max(first, Minutes.dayOf(end - 1));
    for (int day = first; day <= last; day++) days.set(OfficerDays.COMMITTED, slot, day);
    days.set(OfficerDays.STARTS, slot, first);
  }

  /** Drops the commitments that ended at or before the minute (they are the first ones: commitments never overlap). */
  private void forget(long before) {
    int gone = 0;
    while (gone < commitments && spans[2 * gone + 1] <= before) gone++;
    if (gone == 0) return;
    System.arraycopy(spans, 2 * gone, spans, 0, 2 * (commitments - gone));
    commitments -= gone;
    forgottenBefore = Math.max(forgottenBefore, before);
  }

  private void checkRemembered(long from) {
    if (from < forgottenBefore) {
      throw new IllegalStateException("officer " + id + ": asked about minute " + from
          + ", before the commitments forgotten up to " + forgottenBefore);
    }
  }

  /**
   * Removes the commitment [start, end), which must exist (a booking released by pre-emption). Its days keep their
   * commitment bits (a filter: a set bit only sends the check to the exact search); its day's start bit is cleared
   * unless another commitment starts on that day (the start bits are exact).
   */
  void release(long start, long end) {
    for (int k = 0; k < commitments; k++) {
      if (spans[2 * k] == start && spans[2 * k + 1] == end) {
        System.arraycopy(spans, 2 * k + 2, spans, 2 * k, 2 * (commitments - k - 1));
        commitments--;
        int day = Minutes.dayOf(start);
        long dayStart = Minutes.startOfDay(day);
        int next = startsBefore(dayStart);
        if (next == commitments || spans[2 * next] >= dayStart + Minutes.PER_DAY) {
          days.clear(OfficerDays.STARTS, slot, day);
        }
        if (commitments > 0) {
          lastStart = spans[2 * commitments - 2];
          lastEnd = spans[2 * commitments - 1];
        }
        return;
      }
    }
    throw new IllegalStateException("officer " + id + " has no commitment " + start + "-" + end);
  }

  /** Whether a commitment touches any day in [first, last] for certain not (false when unsure). */
  boolean noCommitmentIn(int first, int last) {
    return days.noneIn(OfficerDays.COMMITTED, slot, first, last);
  }

  /**
   * Whether a deployment starts on the day (at most one planned deployment a day). Answered from the day's start bit,
   * which is exact, without reading the commitments (the search read a cold line for every officer booked ahead);
   * searched only for a day outside the table's rows.
   */
  boolean deployedOnDay(int day) {
    long dayStart = Minutes.startOfDay(day);
    if (!days.covers(day)) return startsWithin(dayStart, dayStart + Minutes.PER_DAY);
    if (!days.bit(OfficerDays.STARTS, slot, day)) return false;
    checkRemembered(dayStart);
    return true;
  }

  private boolean startsWithin(long from, long to) {
    checkRemembered(from);
    if (commitments == 0 || lastStart < from) return false;
    if (lastStart < to) return true;
    int at = startsBefore(from);
    return at < commitments && spans[2 * at] < to;
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

  /** Extra minutes worked in the week (index from the period's first week); 0 outside the period's weeks. */
  int extraMinutes(int week) {
    return days.extraMinutes(slot, week);
  }

  /** Adds minutes to the week's extra minutes, capped at {@link Short#MAX_VALUE}; nothing outside the period's weeks. */
  void addExtraMinutes(int week, int minutes) {
    days.addExtraMinutes(slot, week, minutes);
  }

  int commitmentCount() {
    return commitments;
  }

  long commitmentStart(int i) {
    return spans[2 * i];
  }

  long commitmentEnd(int i) {
    return spans[2 * i + 1];
  }
}
