package uk.ctsim.scenario;

/**
 * Owed time: a rest day worked that is re-rostered (at least the pay rules' rest-day notice, or an inspector or chief
 * inspector on any notice) and a day of leave cancelled (the day back) leave the officer owed a normal day (8 hours).
 * The policy repays it as a day off on one of the officer's rostered days in a window after the day worked, or buys
 * it out; what is neither by the period's end is outstanding.
 *
 * @param enabled whether the model keeps the ledger and gives the time back (default false)
 * @param repayFromDays the earliest day off is this many days after the day worked (default 7)
 * @param repayWithinWeeks the window for the day off, in weeks from that earliest day; not repaid in it, the day is
 *     bought out at its end (default 8)
 * @param boughtOutShare share of owed days bought out at once instead of repaid (default 0)
 */
public record OwedTimeSpec(Boolean enabled, Integer repayFromDays, Integer repayWithinWeeks, Double boughtOutShare) {
  public OwedTimeSpec {
    enabled = Require.orDefault(enabled, Boolean.FALSE);
    repayFromDays = Require.count(Require.orDefault(repayFromDays, 7), "repayFromDays", 365);
    Require.isTrue(repayFromDays >= 1, "repayFromDays: must be at least 1 (the day off comes after the day worked)");
    repayWithinWeeks = Require.count(Require.orDefault(repayWithinWeeks, 8), "repayWithinWeeks", 520);
    Require.isTrue(repayWithinWeeks >= 1, "repayWithinWeeks: must be at least 1");
    boughtOutShare = Require.share(Require.orDefault(boughtOutShare, 0.0), "boughtOutShare");
  }

  public static OwedTimeSpec defaults() {
    return new OwedTimeSpec(null, null, null, null);
  }
}
