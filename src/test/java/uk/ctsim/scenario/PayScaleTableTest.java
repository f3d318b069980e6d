package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped pay scales (src/main/resources/pay, sources in docs/SOURCES.md "Pay tables"), by hand. */
class PayScaleTableTest {
  private final PayScaleTable table = PayScaleTable.shipped();

  @Test
  void theSeptember2017ConstableScaleIsCircular001Of2019AnnexF() {
    // S19: post-2013 constables from 1 Sep 2017, points 0 to 7 (the post-2013 scale alone)
    assertThat(table.scale(Rank.CONSTABLE, true, LocalDate.of(2017, 9, 1), false))
        .containsExactly(19_971, 23_124, 24_171, 25_224, 26_277, 28_380, 32_616, 38_382);
  }

  @Test
  void theDayBeforeTheAwardTheScaleIsCarriedBackThroughTheOnePercent() {
    // nearest scale 1 Sep 2017 (1 day away), less the 1% award of 1 Sep 2017 (S15, S16): 38,382 / 1.01
    double[] august = table.scale(Rank.CONSTABLE, true, LocalDate.of(2017, 8, 31));
    assertThat(august).hasSize(8);
    assertThat(august[7]).isCloseTo(38_001.9801980198, within(1e-9));
    assertThat(august[0]).isCloseTo(19_971 / 1.01, within(1e-9));
  }

  @Test
  void aScaleIsCarriedForwardThroughTheAwardOfItsDay() {
    // 31 Aug 2019: nearest is 1 Sep 2018 (364 days; 1 Sep 2020 is 367): S19's 39,150, no award between
    assertThat(table.scale(Rank.CONSTABLE, true, LocalDate.of(2019, 8, 31))[7]).isEqualTo(39_150.0);
    // 1 Sep 2019: 1 Sep 2018 (365 days) is nearer than 1 Sep 2020 (366): 39,150 × 1.025 (S21) = 40,128.75
    assertThat(table.scale(Rank.CONSTABLE, true, LocalDate.of(2019, 9, 1))[7]).isCloseTo(40_128.75, within(1e-9));
  }

  @Test
  void theFlatAwardOf2022IsTakenOffBeforeThePercentages() {
    // London inspector, 31 Aug 2017: nearest usable scale 1 Sep 2022 (S29; 2017 has one point only), less £1,900
    // (S27), 0% (2021), 2.5% (2020), 2.5% (2019), 2% (2018), 1% (2017): (56,907 − 1,900) / 1.025² / 1.02 / 1.01
    double[] inspector = table.scale(Rank.INSPECTOR, true, LocalDate.of(2017, 8, 31));
    assertThat(inspector).hasSize(4);
    assertThat(inspector[0]).isCloseTo(50_821.6409351332, within(1e-6));
    assertThat(inspector[3]).isCloseTo(54_965.3873600259, within(1e-6));
    // outside London the 2017 national scale's two ends (S16) are nearest
    assertThat(table.scale(Rank.INSPECTOR, false, LocalDate.of(2017, 9, 1))).containsExactly(49_176, 53_340);
  }

  @Test
  void minMaxScalesAreTwoPointsCarriedThroughEveryAwardBetween() {
    // sergeant, 1 Jan 2013: 1 Sep 2017 (min/max, S16) is nearer than 1 Sep 2005; awards between: 1% in each of
    // 2013, 2014 and 2015 (S09, S89), 2016 and 2017: 43,134 / 1.01^5
    double[] sergeant = table.scale(Rank.SERGEANT, true, LocalDate.of(2013, 1, 1));
    assertThat(sergeant).hasSize(2);
    assertThat(sergeant[1]).isCloseTo(43_134 / Math.pow(1.01, 5), within(1e-6));
    // post-2013 constables, 1 Jan 2014: 1 Apr 2013 (points 1 and 7 found, S08) is nearer than 1 Sep 2017; with the
    // 1% of 1 Sep 2013 (S09): 36,519 × 1.01
    double[] constable2014 = table.scale(Rank.CONSTABLE, true, LocalDate.of(2014, 1, 1), false);
    assertThat(constable2014).hasSize(2);
    assertThat(constable2014[1]).isCloseTo(36_519 * 1.01, within(1e-6));
    // constables, 1 Jun 2010: before 1 Apr 2013 there was one scale, the 2005 scale of eleven points (S01) carried
    // through 3% (2006), 2.5% (2007), 2.65% (2008) and 2.6% (2009), not the new-entrant scale of 2013
    double[] constable2010 = table.scale(Rank.CONSTABLE, true, LocalDate.of(2010, 6, 1));
    assertThat(constable2010).hasSize(11);
    assertThat(constable2010[10]).isCloseTo(32_025 * 1.03 * 1.025 * 1.0265 * 1.026, within(1e-6));
    // 2006: the 2005 scale of eleven points (S01), no award between
    assertThat(table.scale(Rank.CONSTABLE, true, LocalDate.of(2006, 1, 1))).hasSize(11).endsWith(32_025);
  }

  @Test
  void theAwardsReproduceTheConstablePointsTranscribedFromFederationCirculars() {
    // S89 (Police Federation circulars, transcribed): points 1, 5 and 10 of the pre-2013 scale on 1 Dec 2007 were
    // £24,039, £28,731 and £33,810; the 2005 scale (S01) carried through 3% (2006) and 2.5% (2007) gives them to £1
    double[] y2007 = table.scale(Rank.CONSTABLE, true, LocalDate.of(2007, 12, 1));
    assertThat(y2007).hasSize(11);
    assertThat(y2007[1]).isCloseTo(24_039, within(1.0));
    assertThat(y2007[5]).isCloseTo(28_731, within(1.0));
    assertThat(y2007[10]).isCloseTo(33_810, within(1.0));
    // the top on 1 Sep 2016 (£38,002, S18) is the 1 Sep 2017 top (S19) less 1%, and 2013's £36,885 (S12) with the
    // 1% awards of 2014, 2015 (S89) and 2016
    assertThat(table.scale(Rank.CONSTABLE, true, LocalDate.of(2016, 9, 1))[7]).isCloseTo(38_002, within(1.0));
    assertThat(36_885 * Math.pow(1.01, 3)).isCloseTo(38_002, within(1.0));
  }

  @Test
  void theLastPublishedScaleIsCarriedForwardThroughTheAwardsAfterItLessThePointsRemovedSince() {
    // 1 Jun 2026: nearest constable scale 1 Sep 2020 (S24), then 0% (2021), +£1,900 (2022), 7% (2023), 4.75% (2024),
    // 4.2% (2025); pt 0 was removed on 1 Sep 2023 (S28, pay/scale-changes.csv), so 7 points from pt 1
    double[] constable = table.scale(Rank.CONSTABLE, true, LocalDate.of(2026, 6, 1));
    assertThat(constable).hasSize(7);
    assertThat(constable[0]).isCloseTo((24_780 + 1_900) * 1.07 * 1.0475 * 1.042, within(1e-6));
    assertThat(constable[6]).isCloseTo((41_130 + 1_900) * 1.07 * 1.0475 * 1.042, within(1e-6));
    // the day before the removal pt 0 is still there (£21,402 + £1,900); from 1 Sep 2023 the bottom is pt 1,
    // (24,780 + 1,900) × 1.07 = £28,547.60, the published start of £28,551 (S28) to within £4
    double[] before = table.scale(Rank.CONSTABLE, true, LocalDate.of(2023, 8, 31));
    assertThat(before).hasSize(8);
    assertThat(before[0]).isCloseTo(21_402 + 1_900, within(1e-6));
    double[] after = table.scale(Rank.CONSTABLE, true, LocalDate.of(2023, 9, 1));
    assertThat(after).hasSize(7);
    assertThat(after[0]).isCloseTo(28_551, within(4.0));
  }

  @Test
  void aRemovalTakesAPointOffOnlyAScalePublishedBeforeItAndOnlyFromItsDate() {
    java.util.TreeMap<LocalDate, double[]> points = new java.util.TreeMap<>(Map.of(LocalDate.of(2010, 1, 1),
        new double[] {100, 200, 300}, LocalDate.of(2020, 1, 1), new double[] {150, 250, 350}));
    java.util.TreeMap<LocalDate, String[]> names = new java.util.TreeMap<>(Map.of(LocalDate.of(2010, 1, 1),
        new String[] {"0", "1", "2"}, LocalDate.of(2020, 1, 1), new String[] {"0", "1", "2"}));
    PayScaleTable t = new PayScaleTable(Map.of("sergeant", points), Map.of("sergeant", names), List.of(),
        List.of(new PayScaleTable.Removal(LocalDate.of(2012, 1, 1), "sergeant", "0"),
            new PayScaleTable.Removal(LocalDate.of(2012, 1, 1), "constable_post2013", "1")), null, null);
    assertThat(t.scale(Rank.SERGEANT, false, LocalDate.of(2011, 12, 31))).containsExactly(100, 200, 300);
    assertThat(t.scale(Rank.SERGEANT, false, LocalDate.of(2012, 1, 1))).containsExactly(200, 300);
    // 2019: the 2020 scale is nearer and was published after the removal, so it keeps its points
    assertThat(t.scale(Rank.SERGEANT, false, LocalDate.of(2019, 1, 1))).containsExactly(150, 250, 350);
    assertThat(t.changeDays()).containsExactly(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1),
        LocalDate.of(2020, 1, 1));
  }

  @Test
  void superintendentsHaveNoScaleInTheTable() {
    assertThat(table.scale(Rank.SUPERINTENDENT, true, LocalDate.of(2017, 9, 1))).isEmpty();
  }

  @Test
  void chiefInspectorsLeaveTheProtectedPointOut() {
    // S29, London, 1 Sep 2023: points 1 to 3; the "in post on 31 Aug 1994" point is not a point officers are drawn on
    assertThat(table.scale(Rank.CHIEF_INSPECTOR, true, LocalDate.of(2023, 9, 1)))
        .containsExactly(66_936, 68_187, 69_498);
    assertThat(table.scale(Rank.CHIEF_INSPECTOR, false, LocalDate.of(2022, 9, 1)))
        .containsExactly(60_234, 61_404, 62_634);
  }

  @Test
  void changeDaysAreTheScaleAndAwardDates() {
    assertThat(table.changeDays()).contains(LocalDate.of(2017, 9, 1), LocalDate.of(2022, 9, 1),
        LocalDate.of(2007, 12, 1), LocalDate.of(2013, 4, 1), LocalDate.of(2014, 9, 1), LocalDate.of(2023, 9, 1))
        .doesNotContain(LocalDate.of(2014, 1, 2)).isSorted();
  }

  @Test
  void officersAreSpreadBelowTheTopByTheirDraw() {
    PayPoints points = new PayPoints(null, null, 0.55);
    assertThat(points.stepsBelowTop(0.5499, 8)).isZero();
    assertThat(points.stepsBelowTop(0.55, 8)).isEqualTo(1);
    // each lower point takes 0.45 / 7 of the draws: 0.55 + 0.45/7 = 0.6142857 starts the second step
    assertThat(points.stepsBelowTop(0.6142, 8)).isEqualTo(1);
    assertThat(points.stepsBelowTop(0.6143, 8)).isEqualTo(2);
    assertThat(points.stepsBelowTop(0.9999, 8)).isEqualTo(7);
    assertThat(points.stepsBelowTop(0.99, 1)).isZero();
    assertThat(points.stepsBelowTop(0.99, 2)).isEqualTo(1);
    assertThat(PayPoints.defaults().topPointShare()).isEqualTo(0.55);
    assertThat(PayPoints.defaults().scaleTable()).isTrue();
    assertThat(PayPoints.defaults().londonScales()).isTrue();
    assertThat(new PayPoints(null, null, 1.0).stepsBelowTop(0.9999, 8)).isZero();
  }

  /** The awards from 1 Sep 2017 to 1 Sep 2020 (S15-S22): 1%, 2%, 2.5% and 2.5%. */
  private static final double AWARDS_2017_TO_2020 = 1.01 * 1.02 * 1.025 * 1.025;

  @Test
  void winsorConstablesAppointedBeforeApril2013ArePricedOnThePre2013Scale() {
    PayScaleTable t = PayScaleTable.shipped();
    // HO Circular 007/2013 (S08): the new scale is for constables appointed on or after 1 April 2013. On a point
    // i years above point 0 on 1 June 2017, officers were appointed from 1 June (2016 - i) to 1 June (2017 - i):
    // point 4, 1 Jun 2012 to 1 Jun 2013, of which 1 Jun 2012 to 1 Apr 2013 (304 of 365 days) is before
    assertThat(t.preScaleShare(LocalDate.of(2017, 6, 1), 4)).isEqualTo(304.0 / 365);
    assertThat(t.preScaleShare(LocalDate.of(2017, 6, 1), 5)).isEqualTo(1.0);
    assertThat(t.preScaleShare(LocalDate.of(2017, 6, 1), 3)).isEqualTo(0.0);
    assertThat(t.preScaleShare(LocalDate.of(2013, 3, 31), 0)).isEqualTo(1.0);
    double[] june = t.scale(Rank.CONSTABLE, false, LocalDate.of(2017, 6, 12));
    assertThat(june).hasSize(8);
    // the pre-2013 scale of 1 Sep 2020 (S24, pts 4-6: £33,861, £34,950, £38,022) carried back to June 2017; the
    // post-2013 scale of 1 Sep 2017 (S19) less the 1% award; the top is the post-2013 top (the scales meet, 2016)
    assertThat(june[7]).isCloseTo(38_382 / 1.01, within(1e-9));
    assertThat(june[6]).isCloseTo(38_022 / AWARDS_2017_TO_2020, within(1e-9));
    assertThat(june[5]).isCloseTo(34_950 / AWARDS_2017_TO_2020, within(1e-9));
    assertThat(june[4]).isCloseTo(304.0 / 365 * 33_861 / AWARDS_2017_TO_2020 + 61.0 / 365 * 26_277 / 1.01,
        within(1e-9));
    assertThat(june[3]).isCloseTo(25_224 / 1.01, within(1e-9));
    assertThat(june[0]).isCloseTo(19_971 / 1.01, within(1e-9));
    // the setting off: the post-2013 scale alone
    assertThat(t.scale(Rank.CONSTABLE, false, LocalDate.of(2017, 6, 12), false)[6]).isCloseTo(32_616 / 1.01,
        within(1e-9));
    // before the scales met at the top (1 Apr 2016) the top was the pre-2013 one: the 2020 top £41,130 less the 1%
    // of Sep 2016 and the awards to 2020; from 1 Apr 2016 the post-2013 top, £38,382 less two 1% awards
    assertThat(t.scale(Rank.CONSTABLE, false, LocalDate.of(2016, 3, 31))[7])
        .isCloseTo(41_130 / (1.01 * AWARDS_2017_TO_2020), within(1e-9));
    assertThat(t.scale(Rank.CONSTABLE, false, LocalDate.of(2016, 4, 1))[7]).isCloseTo(38_382 / 1.01 / 1.01,
        within(1e-9));
    // before 1 April 2013 one scale: the eleven points of 2005 (S01) carried through the awards of 2006 to 2011
    double[] before = t.scale(Rank.CONSTABLE, false, LocalDate.of(2012, 6, 1));
    assertThat(before).hasSize(11);
    assertThat(before[10]).isCloseTo(32_025 * 1.03 * 1.025 * 1.0265 * 1.026 * 1.0255, within(1e-6));
    // the share changes month by month while pre-2013 officers are below the top
    assertThat(t.changeDays()).contains(LocalDate.of(2017, 6, 1), LocalDate.of(2025, 3, 1))
        .doesNotContain(LocalDate.of(2025, 4, 1), LocalDate.of(2017, 6, 12));
  }

  @Test
  void anAwardNotFoundCountsAsNothing() {
    // a scale carried across years with no award row is carried unchanged (an award not found is 0%)
    java.util.TreeMap<LocalDate, double[]> points = new java.util.TreeMap<>(Map.of(LocalDate.of(2010, 1, 1),
        new double[] {100, 200}));
    PayScaleTable t = new PayScaleTable(Map.of("sergeant", points), List.of());
    assertThat(t.scale(Rank.SERGEANT, false, LocalDate.of(2015, 6, 1))).containsExactly(100, 200);
    // and none is left between 2007 and 2025: every September (December in 2007) has an award found
    List<Map<String, String>> awards = PayScaleTable.read("/pay/pay-awards.csv");
    for (int year = 2007; year <= 2025; year++) {
      String y = Integer.toString(year);
      assertThat(awards).as("award of " + y).anyMatch(r -> r.get("effective_from").startsWith(y)
          && r.get("found").equals("yes"));
    }
  }
}
