package uk.ctsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the arrows of the architecture: scenario → model → events → cost → experiment → output, cli on top. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.ctsim");
  }

  @Test
  void theInputModelDependsOnNothingElseOfCtsimAndNotOnMason() {
    noClasses().that().resideInAPackage("uk.ctsim.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("uk.ctsim.model..", "uk.ctsim.cost..",
            "uk.ctsim.experiment..", "uk.ctsim.output..", "uk.ctsim.cli..", "sim..", "ec..")
        .check(classes);
  }

  @Test
  void theModelKnowsNothingOfCostsExperimentsOutputOrTheCommandLine() {
    noClasses().that().resideInAPackage("uk.ctsim.model..")
        .should().dependOnClassesThat().resideInAnyPackage("uk.ctsim.cost..", "uk.ctsim.experiment..",
            "uk.ctsim.output..", "uk.ctsim.cli..")
        .check(classes);
  }

  @Test
  void eventsAndCostsArePlainJavaWithoutMason() {
    noClasses().that().resideInAnyPackage("uk.ctsim.model.events..", "uk.ctsim.cost..")
        .should().dependOnClassesThat().resideInAnyPackage("sim..", "ec..", "uk.ctsim.experiment..",
            "uk.ctsim.output..", "uk.ctsim.cli..")
        .check(classes);
    noClasses().that().resideInAPackage("uk.ctsim.cost..")
        .should().dependOnClassesThat().haveFullyQualifiedName("uk.ctsim.model.CtsimModel")
        .check(classes);
  }

  /**
   * Costs are computed from what the simulation recorded, never from its state: the cost rules see the recorded
   * events and their vocabulary (model.events: time, calendar, demand references, duty facts), the scenario's rates,
   * and the JDK; nothing else of the model.
   */
  @Test
  void costSeesOnlyTheRecordedEventsOfTheModel() {
    classes().that().resideInAPackage("uk.ctsim.cost..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("uk.ctsim.cost..", "uk.ctsim.model.events..",
            "uk.ctsim.scenario..", "java..")
        .check(classes);
  }

  /** The events and their calendar are the bottom of the model: they import nothing else of it. */
  @Test
  void theEventVocabularyDependsOnNothingElseOfTheModel() {
    classes().that().resideInAPackage("uk.ctsim.model.events..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("uk.ctsim.model.events..", "uk.ctsim.scenario..",
            "java..")
        .check(classes);
  }

  @Test
  void experimentsDoNotWriteFilesOrParseArguments() {
    noClasses().that().resideInAPackage("uk.ctsim.experiment..")
        .should().dependOnClassesThat().resideInAnyPackage("uk.ctsim.output..", "uk.ctsim.cli..", "org.jfree..")
        .check(classes);
  }

  @Test
  void nothingButTheCommandLineImportsIt() {
    noClasses().that().resideOutsideOfPackage("uk.ctsim.cli..")
        .should().dependOnClassesThat().resideInAPackage("uk.ctsim.cli..")
        .check(classes);
  }

  @Test
  void chartsAreDrawnOnlyInOutput() {
    noClasses().that().resideOutsideOfPackage("uk.ctsim.output..")
        .should().dependOnClassesThat().resideInAPackage("org.jfree..")
        .check(classes);
  }

  @Test
  void onlyMainExits() {
    noClasses().that().doNotHaveFullyQualifiedName("uk.ctsim.cli.Main")
        .should().callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
