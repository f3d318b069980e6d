package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped dataset of forces, and forces taken from it by reference. */
class ForceDatasetTest {
  private static final ForceDataset EW = ForceDataset.named("england-wales-2017");

  @Test
  void holdsTheFortyThreeTerritorialForcesAndBtp() {
    assertThat(EW.forces()).hasSize(44);
    double officers = EW.forces().values().stream().filter(f -> f.id() != ForceId.BTP).mapToDouble(ForceData::officers).sum();
    // Published total of the 43 forces on 31 March 2017 (docs/FORCES-2017.md, totals check): 123,142.03 FTE.
    assertThat(officers).isCloseTo(123_142.03, within(0.005));
    int specials = EW.forces().values().stream().filter(f -> f.id() != ForceId.BTP).mapToInt(ForceData::specials).sum();
    assertThat(specials).isEqualTo(13_503);
  }

  @Test
  void readsEveryColumnOfARow() {
    ForceData gmp = EW.force(ForceId.of("GMP"));
    assertThat(gmp.name()).isEqualTo("Greater Manchester Police");
    assertThat(gmp.region()).isEqualTo("North West");
    assertThat(gmp.officers()).isEqualTo(6318.25);
    assertThat(gmp.staff()).isEqualTo(3086.51);
    assertThat(gmp.pcsos()).isEqualTo(600.02);
    assertThat(gmp.specials()).isEqualTo(661);
    assertThat(gmp.afo()).isNull();
    assertThat(gmp.budgetGbp()).isNull();
    assertThat(gmp.payRegion()).isEqualTo(PayRegion.ELSEWHERE);
    assertThat(gmp.ctHub()).isSameAs(ForceId.of("GMP"));
    assertThat(gmp.latitude()).isEqualTo(53.48);
    assertThat(gmp.longitude()).isEqualTo(-2.24);
    ForceData btp = EW.force(ForceId.BTP);
    assertThat(btp.region()).isEqualTo("National (railways, Great Britain)");
    assertThat(btp.budgetGbp()).isCloseTo(295.1e6, within(0.01));
    assertThat(EW.force(ForceId.of("WMP")).afo()).isEqualTo(241);
    assertThat(EW.force(ForceId.MET).payRegion()).isEqualTo(PayRegion.LONDON);
    assertThat(EW.force(ForceId.of("KEN")).payRegion()).isEqualTo(PayRegion.SOUTH_EAST);
    assertThat(EW.find("CHE")).map(ForceData::ctHub).contains(ForceId.of("GMP"));
    assertThat(EW.find("XYZ")).isEmpty();
  }

  @Test
  void aForceFromTheDatasetTakesWhatItLeavesOut() {
    Map<Role, Establishment> roles = Map.of(Role.ARMED, new Establishment(null, null, Map.of(Accreditation.AFO, 1.0), 0.051),
        Role.RESPONSE, new Establishment(1000, null, null));
    ForceSpec gmp = new ForceSpec(ForceId.of("GMP"), null, roles, null, "england-wales-2017", null, null, null, null,
        null, null, null, null);
    assertThat(gmp.name()).isEqualTo("Greater Manchester Police");
    assertThat(gmp.totalOfficers()).isEqualTo(6318.25);
    // 0.051 × 6,318.25 = 322.2, rounded to 322.
    assertThat(gmp.establishment().get(Role.ARMED).officers()).isEqualTo(322);
    assertThat(gmp.officers()).isEqualTo(1322);
    assertThat(gmp.latitude()).isEqualTo(53.48);
    assertThat(gmp.annualBudgetGbp()).isZero();
    assertThat(gmp.hub()).isSameAs(ForceId.of("GMP"));
    ForceSpec written = new ForceSpec(ForceId.of("GMP"), 5e8, roles, null, "england-wales-2017", "GMP", "NW",
        PayRegion.LONDON, 2000.0, 1.0, 2.0, ForceId.MET, Map.of(Role.RESPONSE, 0.7));
    assertThat(written.establishment().get(Role.ARMED).officers()).isEqualTo(102);
    assertThat(written.annualBudgetGbp()).isEqualTo(5e8);
    assertThat(written.payRegion()).isEqualTo(PayRegion.LONDON);
    assertThat(written.hub()).isSameAs(ForceId.MET);
    assertThat(written.floors()).containsEntry(Role.RESPONSE, 0.7);
    assertThat(new ForceSpec(ForceId.of("CLE"), null, roles, null, "england-wales-2017", null, null, null, null, null,
        null, null, null).annualBudgetGbp()).isEqualTo(131_705_000.0);
  }

  @Test
  void aForceWrittenOutInFullKeepsTheLondonDefaults() {
    ForceSpec met = new ForceSpec(ForceId.MET, 1.0, Map.of(Role.RESPONSE, new Establishment(10, null, null)));
    assertThat(met.payRegion()).isEqualTo(PayRegion.LONDON);
    assertThat(met.name()).isEqualTo("MET");
    assertThat(met.located()).isFalse();
    assertThat(met.hub()).isNull();
  }

  @Test
  void rejectsSharesAboveOneAndHalfALocation() {
    Map<Role, Establishment> tooMuch = Map.of(Role.ARMED, new Establishment(null, null, null, 0.6),
        Role.RESPONSE, new Establishment(null, null, null, 0.5));
    assertThatThrownBy(() -> new ForceSpec(ForceId.of("GMP"), null, tooMuch, null, null, null, null, null, 100.0, null,
        null, null, null)).hasMessageStartingWith("establishment: the roles' shareOfForce add up to 1.1");
    Map<Role, Establishment> one = Map.of(Role.RESPONSE, new Establishment(5, null, null));
    assertThatThrownBy(() -> new ForceSpec(ForceId.of("GMP"), null, one, null, null, null, null, null, null, 53.0,
        null, null, null)).hasMessageStartingWith("latitude: give both");
    assertThatThrownBy(() -> new Establishment(5, null, null, 0.5)).hasMessageStartingWith("officers: give officers or shareOfForce");
    assertThatThrownBy(() -> ForceId.of("gmp")).hasMessageContaining("capital letters");
    assertThat(ForceId.of("GMP")).isSameAs(ForceId.of("GMP"));
  }

  @Test
  void standardForcesComeFirstInOutputs() {
    assertThat(ForceId.listed(java.util.List.of(ForceId.of("WMP"), ForceId.of("GMP"), ForceId.CITY)))
        .containsExactly(ForceId.MET, ForceId.CITY, ForceId.BTP, ForceId.NATIONAL, ForceId.of("GMP"), ForceId.of("WMP"));
  }
}
