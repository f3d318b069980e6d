package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.scenario.CostRates;
import uk.ctsim.scenario.MutualAidSpec;
import uk.ctsim.scenario.PayAward;
import uk.ctsim.scenario.PayPoints;
import uk.ctsim.scenario.PaySpec;
import uk.ctsim.scenario.Rank;

/**
 * Full-cost charge rates (s24 mutual aid, s25 special police services; NPCC charging guidance: one rate a rank) are
 * the rank's average over its officers' pay points, not the top point. 12 June 2017, before the 1% award of
 * 1 Sep 2017, so every published 1 Sep 2017 point is divided by 1.01; 55% on the top point, 45% spread evenly below.
 */
class ChargeRatesTest {
  private static final LocalDate JUNE_12 = LocalDate.of(2017, 6, 12);
  private static final PaySpec TABLE = new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null, null,
      List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, null)), new PayPoints(true, true, null));
  private static final Charges CHARGES = new Charges(TABLE, LocalDate.of(2017, 1, 1), CostRates.defaults(),
      MutualAidSpec.defaults());

  @Test
  void aConstablesChargeIsTheAverageOverThePointsOfTheScale() {
    // June 2017, points 0 to 7 (bottom first): the post-2013 scale (S19) less the 1% of Sep 2017 at points 0 to 3;
    // point 4 with 304/365 of its officers appointed before 1 April 2013, on the pre-2013 point 4 (S24 £33,861 ÷ K,
    // K = 1.01 × 1.02 × 1.025², the awards of 2017-2020) and 61/365 on the post-2013 (£26,277 ÷ 1.01); points 5
    // and 6 all pre-2013 (£34,950 and £38,022 ÷ K); the top £38,382 ÷ 1.01. Mean = 0.55 × top + 0.45/7 × the seven
    // below = £33,076.6883; F = × 1.333 ÷ 1,700 = £25.9360 (post-2013 scale alone: £25.3606; top point: £29.7980)
    assertThat(CHARGES.fullCostHourlyGbp(Rank.CONSTABLE, false, JUNE_12)).isCloseTo(25.9360149661, within(1e-9));
    // a London force adds London weighting (£2,373 from 1 Sep 2016) and allowance (£4,338) to every point
    assertThat(CHARGES.fullCostHourlyGbp(Rank.CONSTABLE, true, JUNE_12)).isCloseTo(31.1982284955, within(1e-9));
    Charges postOnly = new Charges(new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null, null,
        List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, null)), new PayPoints(true, true, null, null, null, false)),
        LocalDate.of(2017, 1, 1), CostRates.defaults(), MutualAidSpec.defaults());
    // 0.55 × 38,382 + 0.45/7 × (19,971 + 23,124 + 24,171 + 25,224 + 26,277 + 28,380 + 32,616) = 32,666.2929,
    // ÷ 1.01 × 1.333 ÷ 1,700
    assertThat(postOnly.fullCostHourlyGbp(Rank.CONSTABLE, false, JUNE_12)).isCloseTo(25.3606105874, within(1e-9));
  }

  @Test
  void aMutualAidHourIsThePoolsRankMixAtOtherForcesNationalScales() {
    // sergeants (S16 min/max): (0.55 × 43,134 + 0.45 × 39,693) ÷ 1.01 × 1.333 ÷ 1,700 = £32.2851
    // inspectors on the national scale (S16 min/max, not the London one): (0.55 × 53,340 + 0.45 × 49,176) ÷ 1.01
    // × 1.333 ÷ 1,700 = £39.9560; a police support unit: 18/22 × 25.9360 + 3/22 × 32.2851 + 1/22 × 39.9560
    assertThat(CHARGES.fullCostHourlyGbp(Rank.SERGEANT, false, JUNE_12)).isCloseTo(32.2851124927, within(1e-9));
    assertThat(CHARGES.fullCostHourlyGbp(Rank.INSPECTOR, false, JUNE_12)).isCloseTo(39.9559956902, within(1e-9));
    assertThat(CHARGES.mutualAidHourlyGbp(JUNE_12)).isCloseTo(27.4390728436, within(1e-9));
  }

  @Test
  void aRankWithoutAScaleIsChargedAtTheScenarioPay() {
    // superintendents: no scale in the table, so £70,000 (the scenario's, before its 1% award) at one point:
    // 70,000 × 1.333 ÷ 1,700 = £54.8882
    assertThat(CHARGES.fullCostHourlyGbp(Rank.SUPERINTENDENT, false, JUNE_12)).isCloseTo(54.8882352941, within(1e-9));
  }

  @Test
  void withEveryOfficerOnTheTopPointTheChargeIsTheTopPoints() {
    PaySpec allTop = new PaySpec(TestScenarios.payScale2017(), null, null, null, null, null, null,
        List.of(new PayAward(LocalDate.of(2017, 9, 1), 1.01, null)), new PayPoints(true, true, 1.0));
    Charges charges = new Charges(allTop, LocalDate.of(2017, 1, 1), CostRates.defaults(), MutualAidSpec.defaults());
    // 38,382 ÷ 1.01 × 1.333 ÷ 1,700
    assertThat(charges.fullCostHourlyGbp(Rank.CONSTABLE, false, JUNE_12)).isCloseTo(29.7980232964, within(1e-9));
  }

  @Test
  void theShareOfAPointIsTheTopShareOnTheTopAndTheRestEvenlyBelow() {
    PayPoints points = new PayPoints(true, true, 0.55);
    assertThat(points.share(0, 8)).isEqualTo(0.55);
    assertThat(points.share(1, 8)).isCloseTo(0.45 / 7, within(1e-15));
    assertThat(points.share(7, 8)).isCloseTo(0.45 / 7, within(1e-15));
    assertThat(points.share(8, 8)).isZero();
    assertThat(points.share(-1, 8)).isZero();
    assertThat(points.share(0, 1)).isEqualTo(1.0);
    assertThat(points.share(1, 1)).isZero();
  }

  @Test
  void mutualAidAllowancesAreTheRatesOfTheNightUnlessTheScenarioGivesThem() {
    // Annex U: away from home £50 a night from 2012, £60 from 1 Sep 2025; hardship £30, £40 from 1 Sep 2025 (S07,
    // S32, S43, S44); 10 officers × 2 nights
    assertThat(CHARGES.mutualAidAllowancesGbp(10, 2, JUNE_12)).isEqualTo(1_000.0);
    assertThat(CHARGES.mutualAidAllowancesGbp(10, 2, LocalDate.of(2025, 9, 1))).isEqualTo(1_200.0);
    assertThat(CHARGES.mutualAidAllowancesGbp(10, 2, LocalDate.of(2011, 6, 1))).isZero();  // before the allowance
    // half the nights without a proper room: 10 × 2 × (50 + 0.5 × 30) = 1,300 and (60 + 0.5 × 40) = 1,600
    Charges hardship = new Charges(TABLE, LocalDate.of(2017, 1, 1), CostRates.defaults(),
        new MutualAidSpec(null, null, null, null, null, null, null, 0.5, null, null));
    assertThat(hardship.mutualAidAllowancesGbp(10, 2, JUNE_12)).isEqualTo(1_300.0);
    assertThat(hardship.mutualAidAllowancesGbp(10, 2, LocalDate.of(2025, 10, 1))).isEqualTo(1_600.0);
    // the scenario's own rates win whatever the date: 10 × 2 × (55 + 0.5 × 35)
    Charges own = new Charges(TABLE, LocalDate.of(2017, 1, 1), CostRates.defaults(),
        new MutualAidSpec(null, null, null, null, null, 55.0, 35.0, 0.5, null, null));
    assertThat(own.mutualAidAllowancesGbp(10, 2, LocalDate.of(2025, 10, 1))).isEqualTo(1_450.0);
  }
}
