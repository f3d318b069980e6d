package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverridesTest {
  static final Path QUICKSTART = QuickstartTest.QUICKSTART;

  static Scenario load(String... overrides) {
    return ScenarioLoader.load(QUICKSTART, List.of(overrides));
  }

  static ScenarioException rejected(String... overrides) {
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> load(overrides));
    assertThat(e).as("overrides %s must be rejected", List.of(overrides)).isNotNull();
    return e;
  }

  @Test
  void setsScalarsOfEachKind() {
    Scenario s = load("run.seed=7", "threat.level=CRITICAL", "posture.levelMultiplier.SEVERE=1.4",
        "name=my run", "deployment.military.allowed=false");

    assertThat(s.run().seed()).isEqualTo(7L);
    assertThat(s.threat().level()).isEqualTo(ThreatLevel.CRITICAL);
    assertThat(s.posture().levelMultiplier()).containsEntry(ThreatLevel.SEVERE, 1.4);
    assertThat(s.name()).isEqualTo("my run");
    assertThat(s.deployment().military().allowed()).isFalse();
  }

  @Test
  void indexesAndSelectsListElements() {
    Scenario s = load("forces[0].establishment.ARMED.officers=3000", "events[id=trooping-2017].staffing[0].officers=900");

    assertThat(s.forces().get(0).establishment().get(Role.ARMED).officers()).isEqualTo(3000);
    assertThat(s.events().get(0).staffing().get(0).officers()).isEqualTo(900);
  }

  @Test
  void takesFlowValuesAndCreatesMissingMappings() {
    Scenario s = load("generators=[]", "deployment.substitutes={ARMED: [CTSFO, PROTECTION]}", "leave={sickDaysPerYear: 5}");

    assertThat(s.generators()).isEmpty();
    assertThat(s.deployment().substitutes()).containsEntry(Role.ARMED, List.of(Role.CTSFO, Role.PROTECTION));
    assertThat(s.leave().sickDaysPerYear()).isEqualTo(5.0);
    assertThat(s.leave().annualLeaveDays()).as("a replaced mapping gets the defaults again").isEqualTo(26);
  }

  @Test
  void noElementWithThatId() {
    ScenarioException e = rejected("events[id=nope].staffing[0].officers=900");

    assertThat(e.getMessage()).isEqualTo(QUICKSTART + ": --set events[id=nope].staffing[0].officers=900: no element with id 'nope' in 'events'");
  }

  @Test
  void indexOutOfRangeAndWrongShape() {
    assertThat(rejected("forces[7].annualBudgetGbp=1").problems().get(0).message()).isEqualTo("'forces' has 3 elements, so there is no [7]");
    assertThat(rejected("run[0]=1").problems().get(0).message()).isEqualTo("'run' is not a list");
    assertThat(rejected("run.seed.x=1").problems().get(0).message()).isEqualTo("'run.seed' is not a mapping, so it has no key 'x'");
    assertThat(rejected("run.seed").problems().get(0).message()).startsWith("write path=value");
    assertThat(rejected("forces[x]=1").problems().get(0).message()).contains("neither a list index");
  }

  @Test
  void everyBadOverrideIsReportedAtOnce() {
    assertThat(rejected("run[0]=1", "events[id=nope].days=2").problems()).hasSize(2);
  }

  @Test
  void unknownKeyGetsDidYouMeanAndNamesTheOverride() {
    Problem p = rejected("run.sed=7").problems().get(0);

    assertThat(p.field()).isEqualTo("run.sed");
    assertThat(p.line()).isZero();
    assertThat(p.message()).isEqualTo("unknown key 'sed' (did you mean 'seed'?) (from --set run.sed=7)");
  }

  @Test
  void validationAfterOverridesNamesTheFieldAndTheOverride() {
    ScenarioException e = rejected("forces[0].establishment.ARMED.officers=-3");

    assertThat(e.getMessage()).isEqualTo(QUICKSTART + ": forces[0].establishment.ARMED.officers: must not be negative, was -3"
        + " (from --set forces[0].establishment.ARMED.officers=-3)");
  }

  @Test
  void wrongTypeFromAnOverride() {
    Problem p = rejected("run.replications=many").problems().get(0);

    assertThat(p.field()).isEqualTo("run.replications");
    assertThat(p.message()).startsWith("expected a whole number, found text 'many'");
  }
}
