package uk.ctsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One invalid fixture per validation rule: the loader names the file, line, field and what is wrong. */
class InvalidScenarioTest {
  static final Path INVALID = Path.of("src/test/resources/scenarios/invalid");

  /** Fixture → expected line, field and a fragment of the message. */
  static final Map<String, Expected> EXPECTED = Map.ofEntries(
      e("syntax-error.yaml", 5, "", "syntax error: mapping values are not allowed here"),
      e("syntax-error.json", 2, "", "syntax error: Unexpected character (','"),
      e("empty-file.yaml", 0, "", "the file is empty"),
      e("duplicate-key.yaml", 3, "name", "duplicate key 'name'"),
      e("unknown-top-level-key.yaml", 3, "descripton", "unknown key 'descripton' (did you mean 'description'?)"),
      e("unknown-nested-key.yaml", 12, "forces[0].establishment.ARMED.oficers", "unknown key 'oficers' (did you mean 'officers'?)"),
      e("wrong-type.yaml", 10, "forces[0].establishment.NEIGHBOURHOOD.officers", "expected a whole number, found text 'lots'"),
      e("bad-enum.yaml", 45, "threat.level",
          "'SEVER' is not one of LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL (did you mean 'SEVERE'?)"),
      e("impossible-date.yaml", 5, "period.end", "'2017-02-30' is not a valid date (write YYYY-MM-DD"),
      e("bad-time.yaml", 15, "rosters.shiftTypes.E.start", "'25:00' is not a valid time of day"),
      e("missing-required-field.yaml", 30, "events[0].type", "is required"),
      e("negative-count.yaml", 10, "forces[0].establishment.NEIGHBOURHOOD.officers", "must not be negative, was -3"),
      e("absurd-size.yaml", 12, "forces[0].establishment.ARMED.officers", "2000000 is absurdly large (at most 200000)"),
      e("shares-not-summing-to-one.yaml", 42, "generators[0].roleMix", "shares must add up to 1, they add up to 1.1"),
      e("end-before-start.yaml", 5, "period.end", "2017-05-14 is before start 2017-06-01"),
      e("planning-date-after-start.yaml", 33, "events[0].planningDate", "2017-06-12 is after the event starts (2017-06-10)"),
      e("tempo-out-of-order.yaml", 66, "pursue.tempo", "changes must be in date order (2017-06-10 is not after 2017-06-20)"),
      e("prevent-channel-above-panel.yaml", 69, "prevent.channelShare",
          "a case is adopted only after a panel discussed it"),
      e("timeline-out-of-order.yaml", 46, "threat.timeline", "changes must be in date order (2017-06-02 is not after 2017-06-05)"),
      e("posture-period-ends-before-it-begins.yaml", 55, "posture.periods[0].until",
          "2017-05-30T07:00 is not after from 2017-06-02T22:30"),
      e("military-periods-overlap.yaml", 72, "deployment.military.periods[1]",
          "begins at 2017-06-05T07:00, before the period before it ends (2017-06-06T00:00)"),
      e("duplicate-event-id.yaml", 29, "events", "event id 'parade' appears twice"),
      e("unknown-shift-code.yaml", 19, "rosters.cycles.RESPONSE", "unknown shift code 'L'"),
      e("missing-roster-cycle.yaml", 17, "rosters.cycles", "no cycle for role SPECIALIST"),
      e("attack-mix-without-profile.yaml", 65, "pursue.attackTypeMix.FIREARMS", "no response profile under incidents.types"),
      e("scheduled-type-without-profile.yaml", 62, "incidents.scheduled[0].type", "no response profile for EXPLOSIVE under types"),
      e("fill-order-duplicate.yaml", 67, "deployment.fillOrder", "a source is listed twice"),
      e("formula-like-id.yaml", 30, "events[0].id", "'=HYPERLINK(\"http://x\",\"y\")' is not a valid id; an id is 1 to 64 "
          + "letters, digits, '-', '_' or '.', and starts with a letter or digit"),
      e("money-out-of-range.yaml", 74, "costs.cateringPerOfficerShiftGbp",
          "must be an amount from 0 to 1000 pounds, was 1.0E308"),
      e("yaml-alias.yaml", 38, "events[1].start", "YAML aliases (*day) are not supported; write the value out in full"),
      e("long-value.yaml", 31, "events[0].type", "'CEREMONIAL" + "X".repeat(70) + "... (310 characters)' is not one of"),
      e("undeclared-force.yaml", 32, "events[0].force", "the scenario declares no force 'MTE' (did you mean 'MET'?); its forces are MET"),
      e("on-call-undeclared-force.yaml", 32, "pay.allowances.onCall[0].force",
          "the scenario declares no force 'MTE' (did you mean 'MET'?); its forces are MET"),
      e("unknown-dataset-force.yaml", 11, "forces[1].id", "the dataset england-wales-2017 has no force 'GMQ' (did you mean 'GMP'?)"),
      e("unknown-force-dataset.yaml", 8, "forces[0].from", "no force dataset 'england-wales-2071' (did you mean 'england-wales-2017'?)"),
      e("share-without-officers.yaml", 12, "forces[0].establishment.ARMED.shareOfForce",
          "the force's officers are not known; give the force's totalOfficers, or take it from a dataset with from:"),
      e("generator-id-too-long.yaml", 37, "generators[0].id", "a generator's id is at most 57 characters (its events are named id-0001"),
      e("staff-unknown-function.yaml", 61, "incidents.types.VEHICLE_KNIFE.phases[0].staff[0].function",
          "'CIS' is not one of CSI, ANALYST, DIGITAL_FORENSICS, CALL_HANDLER, PCSO, SPECIAL_CONSTABLE (did you mean 'CSI'?)"),
      e("staff-shares-too-large.yaml", 67, "staff.functionShares", "the shares add up to more than 1"),
      e("staff-pcso-as-share.yaml", 67, "staff.functionShares.PCSO",
          "counted from the force dataset; set pcsoFte or specials instead"),
      e("staff-patrol-share-not-uniformed.yaml", 67, "staff.patrolShares.CSI",
          "only PCSO and SPECIAL_CONSTABLE walk patrols"),
      e("staff-patrol-share-armed.yaml", 68, "staff.patrolShares", "the scenario's visible patrols are armed "
          + "(posture.patrolRole ARMED, patrolAccreditation null); PCSOs and special constables are unarmed"),
      e("generator-size-too-wide.yaml", 42, "generators[0].officersSigma", "with officersMedian 20000.0 and officersSigma 3.0, "
          + "one event in a thousand would need more than 212443042 officers (the 99.9th percentile); at most 50000"));

  record Expected(int line, String field, String fragment) {}

  static Map.Entry<String, Expected> e(String file, int line, String field, String fragment) {
    return Map.entry(file, new Expected(line, field, fragment));
  }

  static Stream<Arguments> fixtures() {
    return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(x -> Arguments.of(x.getKey(), x.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void loaderLocatesTheMistake(String fixture, Expected expected) {
    Path file = INVALID.resolve(fixture);
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));

    assertThat(e).as("%s must be rejected", fixture).isNotNull();
    Problem p = e.problems().get(0);
    assertThat(p.file()).isEqualTo(file);
    assertThat(p.line()).isEqualTo(expected.line());
    assertThat(p.field()).isEqualTo(expected.field());
    assertThat(p.message()).contains(expected.fragment());
    String where = expected.line() > 0 ? file + ":" + p.line() + ":" + p.column() : file.toString();
    String field = expected.field().isEmpty() ? "" : expected.field() + ": ";
    assertThat(e.getMessage()).isEqualTo(where + ": " + field + p.message());
    assertThat(e.getStackTrace()).as("no stack trace for the user").isEmpty();
  }

  @Test
  void everyFixtureIsInTheTable() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
  }

  /** Fixtures whose mistake the schema can see on its own: it must report the same field on the same line. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFixtures")
  void schemaAgreesWithTheLoader(String fixture) {
    Expected expected = EXPECTED.get(fixture);
    List<Problem> problems = SchemaValidator.validate(INVALID.resolve(fixture));

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo(expected.field());
      assertThat(p.line()).isEqualTo(expected.line());
    });
  }

  static Stream<String> schemaFixtures() {
    return Stream.of("unknown-top-level-key.yaml", "unknown-nested-key.yaml", "negative-count.yaml", "absurd-size.yaml",
        "wrong-type.yaml", "bad-enum.yaml", "bad-time.yaml", "fill-order-duplicate.yaml");
  }

  @Test
  void schemaAndLoaderAgreeOnMissingFields() {
    assertThat(SchemaValidator.validate(INVALID.resolve("missing-required-field.yaml")))
        .anySatisfy(p -> assertThat(p.message()).contains("'type'"));
    assertThat(SchemaValidator.validate(INVALID.resolve("missing-roster-cycle.yaml")))
        .anySatisfy(p -> assertThat(p.message()).contains("'SPECIALIST'"));
  }
}
