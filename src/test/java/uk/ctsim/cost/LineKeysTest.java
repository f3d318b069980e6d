package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ctsim.model.events.DemandKind;
import uk.ctsim.model.events.SimCalendar;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.ForceId;
import uk.ctsim.scenario.Funder;

class LineKeysTest {
  /** 2017-03-27 is a Monday: days 0 to 4 are in ISO week 2017-W13, days 5 and 6 in April. */
  private static final SimCalendar CALENDAR = new SimCalendar(LocalDate.of(2017, 3, 27), 10);

  private static LineKeys keys() {
    return new LineKeys(List.of(ForceId.MET, ForceId.CITY), new CostDates.Cache(CALENDAR), CALENDAR.days());
  }

  private static long key(LineKeys k, ForceId force, String reference, long minute) {
    return k.key(force, Funder.FORCE_CORE_BUDGET, CostCategory.OVERTIME, Strand.PROTECT, CostKind.ADDITIONAL,
        DemandKind.EVENT, reference, minute);
  }

  @Test
  void aKeyGivesBackEveryFieldOfItsLine() {
    LineKeys k = keys();
    Funder lastFunder = Funder.values()[Funder.values().length - 1];
    CostCategory lastCategory = CostCategory.values()[CostCategory.values().length - 1];
    DemandKind lastDemand = DemandKind.values()[DemandKind.values().length - 1];
    long key = k.key(ForceId.NATIONAL, lastFunder, lastCategory, Strand.PREPARE, CostKind.OPPORTUNITY, lastDemand,
        "athletics", 6 * 1440 + 5);
    assertThat(k.line(key, -123)).isEqualTo(new CostLine(ForceId.NATIONAL, lastFunder, lastCategory, Strand.PREPARE,
        CostKind.OPPORTUNITY, lastDemand, "athletics", "2017-W13", "2017-04", "2017-18", -123));
    long first = k.key(ForceId.MET, Funder.values()[0], CostCategory.values()[0], Strand.PURSUE, CostKind.values()[0],
        DemandKind.values()[0], "posture", 0);
    assertThat(k.line(first, 1)).isEqualTo(new CostLine(ForceId.MET, Funder.values()[0], CostCategory.values()[0],
        Strand.PURSUE, CostKind.values()[0], DemandKind.values()[0], "posture", "2017-W13", "2017-03", "2016-17", 1));
  }

  @Test
  void daysOfOneWeekAndMonthShareAKeyAndOtherFieldsDoNot() {
    LineKeys k = keys();
    long monday = key(k, ForceId.MET, "a", 0);
    assertThat(key(k, ForceId.MET, "a", 4 * 1440 + 1439)).isEqualTo(monday);
    assertThat(key(k, ForceId.MET, "a", 5 * 1440)).isNotEqualTo(monday);
    assertThat(key(k, ForceId.MET, "a", 7 * 1440)).isNotEqualTo(key(k, ForceId.MET, "a", 6 * 1440));
    assertThat(key(k, ForceId.CITY, "a", 0)).isNotEqualTo(monday);
    assertThat(key(k, ForceId.MET, "b", 0)).isNotEqualTo(monday);
    assertThat(k.key(ForceId.MET, Funder.FORCE_CORE_BUDGET, CostCategory.OVERTIME, Strand.PROTECT,
        CostKind.ADDITIONAL, DemandKind.EVENT, "a", LocalDate.of(2017, 3, 31))).isEqualTo(monday);
  }

  @Test
  void daysOutsideThePeriodAreDatedToo() {
    LineKeys k = keys();
    assertThat(k.line(key(k, ForceId.MET, "a", -1), 1).isoWeek()).isEqualTo("2017-W12");
    assertThat(k.line(key(k, ForceId.MET, "a", 10 * 1440), 1).isoWeek()).isEqualTo("2017-W14");
    assertThat(k.line(key(k, ForceId.MET, "a", 10 * 1440), 1).month()).isEqualTo("2017-04");
  }

  @Test
  void theScenarioForcesComeFirstInTheirOrder() {
    LineKeys k = keys();
    long national = key(k, ForceId.NATIONAL, "a", 0);
    long met = key(k, ForceId.MET, "a", 0);
    long city = key(k, ForceId.CITY, "a", 0);
    assertThat(met).isLessThan(city);
    assertThat(city).isLessThan(national);
  }

  @Test
  void aLinelessKeyWithItsCategoryAndKindIsTheLinesKey() {
    LineKeys k = keys();
    long lineless = k.lineless(ForceId.CITY, Funder.CT_POLICING_GRANT, Strand.PROTECT, DemandKind.EVENT, "b",
        5 * 1440 + 3);
    for (CostCategory category : CostCategory.values()) {
      for (CostKind kind : CostKind.values()) {
        long key = LineKeys.withLine(lineless, category, kind);
        assertThat(key).isEqualTo(k.key(ForceId.CITY, Funder.CT_POLICING_GRANT, category, Strand.PROTECT, kind,
            DemandKind.EVENT, "b", 5 * 1440 + 3));
        assertThat(k.line(key, 9)).isEqualTo(new CostLine(ForceId.CITY, Funder.CT_POLICING_GRANT, category,
            Strand.PROTECT, kind, DemandKind.EVENT, "b", "2017-W13", "2017-04", "2017-18", 9));
      }
    }
  }

  @Test
  void aMissingReferenceIsRefused() {
    assertThatThrownBy(() -> key(keys(), ForceId.MET, null, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no references");
  }

  @Test
  void eachEnumTakesTheBitsItsOrdinalsNeed() {
    assertThat(LineKeys.bits(1)).isEqualTo(1);
    assertThat(LineKeys.bits(2)).isEqualTo(1);
    assertThat(LineKeys.bits(3)).isEqualTo(2);
    assertThat(LineKeys.bits(4)).isEqualTo(2);
    assertThat(LineKeys.bits(5)).isEqualTo(3);
    assertThat(LineKeys.bits(17)).isEqualTo(5);
    assertThat(LineKeys.REFERENCE_BITS).isGreaterThanOrEqualTo(20);
  }
}
