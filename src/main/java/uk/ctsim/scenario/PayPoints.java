package uk.ctsim.scenario;

/**
 * How officers are placed on pay points and which pay scale prices them.
 *
 * <p>With {@code scaleTable} on, the basic pay of a constable, sergeant, inspector or chief inspector comes from the
 * effective-dated scales shipped with ctsim ({@link PayScaleTable}) at the officer's point on the day of the duty;
 * ranks the table has no scale for (superintendents) keep {@code annualPayGbp} with the scenario's awards. With it
 * off, every officer of a rank is paid {@code annualPayGbp} with the scenario's awards, as before pay points.
 *
 * @param scaleTable price by the shipped pay scales (default on)
 * @param londonScales use the London scales of inspectors and chief inspectors where the table has them (default on:
 *     the model prices every officer with London weighting and allowance, as a London force)
 * @param topPointShare share of officers of each rank on the top point of the rank's scale; the others are spread
 *     evenly over the lower points (default 0.55, an assumption: "more than half" of constables are on the top point,
 *     PRRB 2017; no distribution by point was found)
 * @param londonTable take London weighting and the London allowance from the shipped dated table
 *     ({@link DatedAllowances}) instead of {@code londonWeightingGbp}, {@code londonAllowanceGbp} and the awards'
 *     London weighting (default on)
 * @param progression officers below the top point move up one point a year on their own increment date (default
 *     on); off, they keep the point they were drawn all run
 * @param twoConstableScales constables below the top are priced on the pre-2013 or the post-2013 scale by when
 *     officers on their point were appointed (one point a year from point 0), before or from 1 April 2013 (default
 *     on; {@link PayScaleTable}); off, every constable is on the post-2013 scale from 1 April 2013
 */
public record PayPoints(Boolean scaleTable, Boolean londonScales, Double topPointShare, Boolean londonTable,
    Boolean progression, Boolean twoConstableScales) {
  public PayPoints {
    twoConstableScales = Require.orDefault(twoConstableScales, true);
    scaleTable = Require.orDefault(scaleTable, true);
    londonScales = Require.orDefault(londonScales, true);
    topPointShare = Require.share(Require.orDefault(topPointShare, 0.55), "topPointShare");
    londonTable = Require.orDefault(londonTable, true);
    progression = Require.orDefault(progression, true);
  }

  /** Points with both constable scales (the default). */
  public PayPoints(Boolean scaleTable, Boolean londonScales, Double topPointShare, Boolean londonTable,
      Boolean progression) {
    this(scaleTable, londonScales, topPointShare, londonTable, progression, null);
  }

  /** Points without the dated London table or progression settings: their defaults. */
  public PayPoints(Boolean scaleTable, Boolean londonScales, Double topPointShare) {
    this(scaleTable, londonScales, topPointShare, null, null);
  }

  public static PayPoints defaults() {
    return new PayPoints(null, null, null, null, null, null);
  }

  /**
   * The share of officers {@code stepsBelowTop} points below the top of a scale of {@code points} points, as
   * {@link #stepsBelowTop} draws them: {@code topPointShare} on the top, the rest evenly over the lower points.
   */
  public double share(int stepsBelowTop, int points) {
    if (points <= 1) return stepsBelowTop == 0 ? 1 : 0;
    if (stepsBelowTop < 0 || stepsBelowTop >= points) return 0;
    return stepsBelowTop == 0 ? topPointShare : (1 - topPointShare) / (points - 1);
  }

  /**
   * The point of an officer, counted down from the top (0 is the top point), for a uniform draw {@code u} in [0, 1)
   * on a scale of {@code points} points.
   */
  public int stepsBelowTop(double u, int points) {
    if (points <= 1 || u < topPointShare) return 0;
    int lower = points - 1;
    return Math.min(lower, 1 + (int) ((u - topPointShare) / (1 - topPointShare) * lower));
  }
}
