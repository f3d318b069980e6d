package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class QuickstartTest {
  static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml");

  @Test
  void loadsWithTheFiguresItStates() {
    Scenario s = ScenarioLoader.load(QUICKSTART);

    assertThat(s.period().days()).isEqualTo(28);
    assertThat(s.period().start()).isEqualTo(LocalDate.of(2017, 5, 29));
    assertThat(s.forces()).extracting(ForceSpec::id).containsExactly(ForceId.MET, ForceId.CITY, ForceId.BTP);
    assertThat(s.forces().get(0).establishment()).containsOnlyKeys(Role.values());
    assertThat(s.forces().get(0).officers()).isBetween(2900, 3100);
    assertThat(s.forces().get(1).officers()).isEqualTo(100);
    assertThat(s.forces().get(2).officers()).isEqualTo(150);
    assertThat(s.rosters().cycles()).containsOnlyKeys(Role.values());
    assertThat(s.pay().annualPayGbp()).containsEntry(Rank.CONSTABLE, 38382.0).containsEntry(Rank.INSPECTOR, 51330.0);
    assertThat(s.incidents().types()).containsOnlyKeys(AttackType.values());
    s.incidents().types().values().forEach(t -> assertThat(t.phases()).extracting(PhaseSpec::kind)
        .containsExactly(PhaseSpec.Kind.IMMEDIATE, PhaseSpec.Kind.SCENE, PhaseSpec.Kind.INVESTIGATION));
    assertThat(s.incidents().scheduled()).singleElement()
        .satisfies(i -> assertThat(i.at()).isEqualTo(LocalDateTime.of(2017, 6, 3, 22, 6)));
    EventSpec large = s.events().get(0);
    assertThat(large.planningDate()).isEqualTo(large.start().minusDays(90));
    assertThat(s.generators()).extracting(GeneratorSpec::kind)
        .containsExactlyInAnyOrder(GeneratorSpec.Kind.POISSON, GeneratorSpec.Kind.FIXTURES);
    assertThat(s.threat().timeline()).extracting(ThreatSpec.Change::level)
        .containsExactly(ThreatLevel.CRITICAL, ThreatLevel.SEVERE);
    assertThat(s.posture().armedMultiplier()).containsEntry(ThreatLevel.CRITICAL, 2.2);
  }
}
