package uk.ctsim.scenario;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effective-dated police pay scales of {@code /pay/pay-scales.csv} and the pay awards of
 * {@code /pay/pay-awards.csv}, both copied from public sources (docs/SOURCES.md, "Pay tables").
 *
 * <p>The scale of a rank on a day is the published scale of that rank nearest in time to the day, carried to the day
 * through the awards between the two dates (forward: each award applied; backward: each award taken off). An award
 * not found counts as 0%. Only rows that are points of a scale are used (numbered points and the {@code min} and
 * {@code max} ends where the intermediate points were not found); the {@code 0min}/{@code 0max} range, the
 * {@code pcda_min}, {@code start} and protected points are kept in the file for the record but are not points an
 * officer is drawn onto. A scale needs two points or more to be used.
 *
 * <p>Points removed from a scale ({@code /pay/scale-changes.csv}: the constable pay point 0 from 1 Sep 2023, and the
 * earlier removals, which no nearest scale carries across) leave a scale published before the removal once the day
 * reaches it, so officers on the removed point are paid the next point up.
 */
public final class PayScaleTable {
  private static final PayScaleTable SHIPPED = load();

  private final Map<String, TreeMap<LocalDate, double[]>> scales;
  private final Map<String, TreeMap<LocalDate, String[]>> labels;
  private final List<Award> awards;
  private final List<Removal> removals;
  /** New constables are appointed on the post-2013 scale from this day (null: one constable scale). */
  private final LocalDate newEntrantsFrom;
  /** From this day the two constable scales have the same top point (null: never). */
  private final LocalDate sameTopFrom;
  private static final String PRE_2013 = "constable_pre2013";
  private static final String POST_2013 = "constable_post2013";

  /** A point taken off a scale from a date: officers on it move to the next point up. */
  public record Removal(LocalDate from, String scale, String point) {}

  /** A pay award: a percentage on every point, or a flat amount added to every point. */
  public record Award(LocalDate from, double percent, double flatGbp) {
    double apply(double gbp) {
      return gbp * (1 + percent / 100) + flatGbp;
    }

    double takeOff(double gbp) {
      return (gbp - flatGbp) / (1 + percent / 100);
    }
  }

  PayScaleTable(Map<String, TreeMap<LocalDate, double[]>> scales, List<Award> awards) {
    this(scales, Map.of(), awards, List.of(), null, null);
  }

  PayScaleTable(Map<String, TreeMap<LocalDate, double[]>> scales, Map<String, TreeMap<LocalDate, String[]>> labels,
      List<Award> awards, List<Removal> removals, LocalDate newEntrantsFrom, LocalDate sameTopFrom) {
    this.newEntrantsFrom = newEntrantsFrom;
    this.sameTopFrom = sameTopFrom;
    this.scales = scales;
    this.labels = labels;
    this.awards = awards.stream().sorted(Comparator.comparing(Award::from)).toList();
    this.removals = List.copyOf(removals);
  }

  /** The table shipped with ctsim. */
  public static PayScaleTable shipped() {
    return SHIPPED;
  }

  /**
   * The scale of {@code rank} in force on {@code day}, bottom point first, in pounds a year; empty when the table has
   * no usable scale of the rank (superintendents). Constables are priced on both their scales ({@link #scale(Rank,
   * boolean, LocalDate, boolean)}).
   */
  public double[] scale(Rank rank, boolean london, LocalDate day) {
    return scale(rank, london, day, true);
  }

  /**
   * The scale of {@code rank} on {@code day}. For constables: the pre-2013 scale before new entrants had their own
   * (1 April 2013); from then, the post-2013 scale's points, each priced, with {@code twoConstableScales}, as the mix
   * of the two scales of the officers on it: the share appointed before 1 April 2013 ({@link #preScaleShare}) at the
   * pre-2013 scale's point as far below its top, the rest at the post-2013 point. The top point is the post-2013 one
   * once the two scales meet at the top (1 April 2016). Without {@code twoConstableScales}, constables are all on the
   * post-2013 scale from 1 April 2013.
   */
  public double[] scale(Rank rank, boolean london, LocalDate day, boolean twoConstableScales) {
    if (rank == Rank.CONSTABLE) return constable(day, twoConstableScales);
    String key = london && scales.containsKey(name(rank) + "_london") ? name(rank) + "_london" : name(rank);
    return published(key, day);
  }

  private double[] constable(LocalDate day, boolean twoScales) {
    double[] pre = published(PRE_2013, day);
    if (newEntrantsFrom == null || day.isBefore(newEntrantsFrom)) return pre.length > 0 ? pre : published(POST_2013, day);
    double[] post = published(POST_2013, day);
    if (!twoScales || pre.length == 0) return post;
    LocalDate month = day.withDayOfMonth(1);
    double[] out = post.clone();
    for (int i = 0; i < post.length; i++) {
      int stepsBelowTop = post.length - 1 - i;
      if (stepsBelowTop == 0 && sameTopFrom != null && !day.isBefore(sameTopFrom)) continue;
      double share = preScaleShare(month, i);
      out[i] = share * pre[Math.max(0, pre.length - 1 - stepsBelowTop)] + (1 - share) * post[i];
    }
    return out;
  }

  /**
   * The share of constables {@code pointsAboveBottom} points above the bottom of the post-2013 scale on {@code day}
   * who were appointed before new entrants had their own scale (1 April 2013): an officer moves up a point a year from
   * point 0 (<b>assumption</b>; the 2012-14 increment freeze is not modelled), so those on the point were appointed
   * evenly over the year from {@code pointsAboveBottom + 1} to {@code pointsAboveBottom} years before the day. 1
   * before 1 April 2013 (there was one scale).
   */
  public double preScaleShare(LocalDate day, int pointsAboveBottom) {
    if (newEntrantsFrom == null) return 1;
    LocalDate earliest = day.minusYears(pointsAboveBottom + 1L);
    LocalDate latest = day.minusYears(pointsAboveBottom);
    if (!newEntrantsFrom.isAfter(earliest)) return 0;
    if (newEntrantsFrom.isAfter(latest)) return 1;
    return (double) ChronoUnit.DAYS.between(earliest, newEntrantsFrom) / ChronoUnit.DAYS.between(earliest, latest);
  }

  /** The published scale {@code key} nearest in time to {@code day}, carried to the day; empty if there is none. */
  private double[] published(String key, LocalDate day) {
    TreeMap<LocalDate, double[]> byDate = scales.get(key);
    if (byDate == null) return new double[0];
    LocalDate nearest = null;
    for (LocalDate d : byDate.keySet()) {
      if (nearest == null || Math.abs(ChronoUnit.DAYS.between(day, d)) < Math.abs(ChronoUnit.DAYS.between(day, nearest))) {
        nearest = d;
      }
    }
    return removed(key, nearest, day, carry(byDate.get(nearest), nearest, day));
  }

  /** The points of the scale {@code key} published on {@code published} that are still on it on {@code day}. */
  private double[] removed(String key, LocalDate published, LocalDate day, double[] points) {
    String[] names = labels.getOrDefault(key, new TreeMap<>()).get(published);
    if (names == null) return points;
    List<Double> kept = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      String point = names[i];
      boolean gone = removals.stream().anyMatch(r -> r.scale().equals(key) && r.point().equals(point)
          && r.from().isAfter(published) && !r.from().isAfter(day));
      if (!gone) kept.add(points[i]);
    }
    return kept.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private double[] carry(double[] points, LocalDate from, LocalDate to) {
    double[] out = points.clone();
    for (Award a : awards) {
      if (a.from().isAfter(from) && !a.from().isAfter(to)) {
        for (int i = 0; i < out.length; i++) out[i] = a.apply(out[i]);
      }
    }
    for (int j = awards.size() - 1; j >= 0; j--) {
      Award a = awards.get(j);
      if (a.from().isAfter(to) && !a.from().isAfter(from)) {
        for (int i = 0; i < out.length; i++) out[i] = a.takeOff(out[i]);
      }
    }
    return out;
  }

  /** The days from which a scale or an award changes pay, in order. */
  public List<LocalDate> changeDays() {
    TreeMap<LocalDate, Boolean> days = new TreeMap<>();
    scales.values().forEach(m -> m.keySet().forEach(d -> days.put(d, true)));
    awards.forEach(a -> days.put(a.from(), true));
    removals.forEach(r -> days.put(r.from(), true));
    // The share of constables on each scale is taken month by month while officers appointed before the new scale
    // are still below the top (one point a year: at most as many years as a scale has points, 12 is beyond any).
    if (newEntrantsFrom != null) {
      for (LocalDate m = newEntrantsFrom.withDayOfMonth(1); m.isBefore(newEntrantsFrom.plusYears(12)); m = m.plusMonths(1)) {
        days.put(m, true);
      }
    }
    return new ArrayList<>(days.keySet());
  }

  private static String name(Rank rank) {
    return rank == Rank.CONSTABLE ? POST_2013 : rank.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static PayScaleTable load() {
    Map<String, TreeMap<LocalDate, TreeMap<Double, String>>> rows = new TreeMap<>();
    for (Map<String, String> row : read("/pay/pay-scales.csv")) {
      String point = row.get("point");
      if (!point.matches("\\d+|min|max")) continue;
      // The constable scale of 2005 was the only one: the scale of those appointed before 1 April 2013.
      String scale = row.get("rank").equals("constable") ? PRE_2013 : row.get("rank");
      rows.computeIfAbsent(scale, k -> new TreeMap<>())
          .computeIfAbsent(LocalDate.parse(row.get("effective_from")), k -> new TreeMap<>())
          .put(Double.parseDouble(row.get("annual_gbp")), point);
    }
    Map<String, TreeMap<LocalDate, double[]>> scales = new TreeMap<>();
    Map<String, TreeMap<LocalDate, String[]>> labels = new TreeMap<>();
    rows.forEach((scale, byDate) -> byDate.forEach((day, points) -> {
      if (points.size() < 2) return;
      scales.computeIfAbsent(scale, k -> new TreeMap<>())
          .put(day, points.keySet().stream().mapToDouble(Double::doubleValue).toArray());
      labels.computeIfAbsent(scale, k -> new TreeMap<>()).put(day, points.values().toArray(new String[0]));
    }));
    List<Award> awards = new ArrayList<>();
    for (Map<String, String> row : read("/pay/pay-awards.csv")) {
      if (!row.get("found").equals("yes")) continue;
      awards.add(new Award(LocalDate.parse(row.get("effective_from")), number(row.get("percent")),
          number(row.get("flat_gbp"))));
    }
    List<Removal> removals = new ArrayList<>();
    LocalDate newEntrants = null;
    LocalDate sameTop = null;
    for (Map<String, String> row : read("/pay/scale-changes.csv")) {
      LocalDate from = LocalDate.parse(row.get("effective_from"));
      switch (row.get("change")) {
        case "remove_point" -> removals.add(new Removal(from, row.get("scale"), row.get("point")));
        case "new_scale" -> newEntrants = row.get("scale").equals(POST_2013) ? from : newEntrants;
        case "same_top" -> sameTop = from;
        default -> { }
      }
    }
    return new PayScaleTable(scales, labels, awards, removals, newEntrants, sameTop);
  }

  private static double number(String text) {
    return text == null || text.isBlank() ? 0 : Double.parseDouble(text);
  }

  static List<Map<String, String>> read(String resource) {
    try (InputStream in = PayScaleTable.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("ctsim is missing its data file " + resource);
      MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
          .with(CsvSchema.emptySchema().withHeader()).readValues(in);
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
