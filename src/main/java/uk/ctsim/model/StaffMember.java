package uk.ctsim.model;

import java.util.Arrays;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.StaffFunction;

/**
 * One member of police staff: a person of their own, with the duties they have been given (sorted by start). Like
 * officers they are never stepped; the {@link StaffDesk} asks whether they are free and gives them duties.
 */
final class StaffMember {
  final int id;
  final ForceId force;
  final StaffFunction function;
  private long[] starts = new long[2];
  private long[] ends = new long[2];
  private int duties;
  /** Minutes of duty by week of the run (a duty counts wholly in the week it starts), made on the first duty. */
  private int[] minutesByWeek;

  StaffMember(int id, ForceId force, StaffFunction function) {
    this.id = id;
    this.force = force;
    this.function = function;
  }

  /** Whether no duty comes within {@code restMinutes} of [from, to): the member can work it and still rest. */
  boolean freeFor(long from, long to, long restMinutes) {
    int i = Arrays.binarySearch(starts, 0, duties, to + restMinutes);
    int hi = i >= 0 ? i : -i - 1;
    // Duties do not overlap one another, so only the last one starting before the padded end can reach the start.
    return hi == 0 || ends[hi - 1] + restMinutes <= from;
  }

  int weekMinutes(int week) {
    return minutesByWeek == null || week < 0 || week >= minutesByWeek.length ? 0 : minutesByWeek[week];
  }

  void commit(long start, long end, int week, int weeks) {
    if (minutesByWeek == null) minutesByWeek = new int[weeks];
    if (week >= 0 && week < minutesByWeek.length) minutesByWeek[week] += (int) (end - start);
    if (duties == starts.length) {
      starts = Arrays.copyOf(starts, duties * 2);
      ends = Arrays.copyOf(ends, duties * 2);
    }
    int i = Arrays.binarySearch(starts, 0, duties, start);
    int at = i >= 0 ? i : -i - 1;
    System.arraycopy(starts, at, starts, at + 1, duties - at);
    System.arraycopy(ends, at, ends, at + 1, duties - at);
    starts[at] = start;
    ends[at] = end;
    duties++;
  }

  int duties() {
    return duties;
  }
}
