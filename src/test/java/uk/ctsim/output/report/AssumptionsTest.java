package uk.ctsim.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a parameter's path finds its row of SOURCES.md, and a source's row of PUBLIC-FIGURES.md. */
class AssumptionsTest {
  private static final String SOURCES = """
      | parameter | value | source |
      |---|---|---|
      | `posture.levelMultiplier` | 1.0 | assumption: levels |
      | MET ARMED | 2,670 | row: Met armed officers after the 2016 uplift plan, 2,800 [Forces] |
      | MET NEIGHBOURHOOD, RESPONSE | 7,000; 8,500 | assumption: close the total |
      | FIREARMS, EXPLOSIVE, MARAUDING profiles | see file | assumption, scaled |
      | period | 2017 | the year of the speech |
      """;

  private static Set<String> words(String path) {
    return Set.copyOf(Assumptions.words(path));
  }

  private static double score(String row, String path) {
    return Assumptions.score(row, words(path), words(path.substring(path.lastIndexOf('.') + 1)));
  }

  @Test
  void plainWordRowsNeedTheirUpperCaseNamesAndShareAPrefixAcrossCommas() {
    assertThat(score("MET ARMED", "forces MET.establishment.ARMED.officers")).isEqualTo(2.0);
    assertThat(score("MET ARMED", "forces CITY.establishment.ARMED.officers")).isZero();
    assertThat(score("MET NEIGHBOURHOOD, RESPONSE", "forces MET.establishment.RESPONSE.officers"))
        .isEqualTo(2.0);
    assertThat(score("MET NEIGHBOURHOOD, RESPONSE", "forces CITY.establishment.RESPONSE.officers"))
        .isZero();
    assertThat(score("FIREARMS, EXPLOSIVE, MARAUDING profiles",
        "incidents.types.MARAUDING.phases IMMEDIATE.shiftHours")).isEqualTo(1.0);
    assertThat(score("FIREARMS, EXPLOSIVE, MARAUDING profiles", "incidents.types.HOAX.rate")).isZero();
    assertThat(score("period", "period.start")).isEqualTo(1.0);
    // A row named by a threat level is not about a map that merely has that level as a key.
    assertThat(score("CRITICAL", "incidents.types.MARAUDING.ratePerYearByLevel.CRITICAL")).isZero();
    assertThat(score("CONSTABLE pay", "pay.annualPayGbp.CONSTABLE")).isEqualTo(1.01);
  }

  @Test
  void aPathFindsItsRow() {
    var sources = Assumptions.parse(SOURCES);
    assertThat(Assumptions.source("posture.levelMultiplier.SEVERE", sources)).isEqualTo("assumption: levels");
    assertThat(Assumptions.source("forces[0].establishment.ARMED.officers", ".forces MET.establishment.ARMED.officers",
        sources)).startsWith("row: Met armed officers");
    assertThat(Assumptions.source("forces[1].establishment.ARMED.officers", ".forces BTP.establishment.ARMED.officers",
        sources)).isEqualTo(Assumptions.SEE_SOURCES);
  }

  @Test
  void aSourceRefersToTheRowOfPublicFiguresThatBestFitsIt() {
    PublicFigures figures = PublicFigures.parse("""
        ## Forces

        | figure | value | year | source |
        |---|---|---|---|
        | Met officers | 30,512 | 2017 | Mayor's answers |
        | Met armed officers after the 2016 uplift plan | 2,800 (+600) | 2016 | mayorwatch.co.uk, Jan 2016 |
        """);
    var found = figures.referredTo("row: Met armed officers after the 2016 uplift plan, 2,800 [Forces], less 130");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("Met armed officers after the 2016 uplift plan: 2,800 (+600) (mayorwatch.co.uk, Jan 2016)");
    assertThat(found.get(0).link()).isEqualTo("docs/PUBLIC-FIGURES.md#forces");
    assertThat(figures.referredTo("assumption")).isEmpty();
  }
}
