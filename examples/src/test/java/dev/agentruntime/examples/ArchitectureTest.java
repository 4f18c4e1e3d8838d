package dev.agentruntime.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, checked on the compiled classes of every module on this test's
 * classpath: internal packages are not API, feature modules depend on core only, no cycles.
 */
class ArchitectureTest {
  /** Modules that may depend on agent-core only. */
  private static final List<String> FEATURE_MODULES =
      List.of("telemetry", "guardrails", "cost", "sandbox", "langchain4j", "mcp", "eval");
  private static final List<String> ALL_MODULES = Stream.concat(Stream.of("core"), FEATURE_MODULES.stream()).toList();

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ALL_MODULES.stream().map(m -> "dev.agentruntime." + m).toArray(String[]::new));
  }

  @Test
  void noPublicPackageDependsOnInternalExceptTheRuntimeThatComposesIt() {
    noClasses().that().resideOutsideOfPackage("dev.agentruntime.core.internal..")
        .and().haveNameNotMatching("dev\\.agentruntime\\.core\\.AgentRuntime(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("dev.agentruntime.core.internal..")
        .because("agent-core's internal package is not API (AgentRuntime alone composes the engine)")
        .check(classes);
    for (String m : FEATURE_MODULES) {
      noClasses().that().resideOutsideOfPackage("dev.agentruntime." + m + "..")
          .should().dependOnClassesThat().resideInAPackage("dev.agentruntime." + m + ".internal..")
          .because("agent-" + m + "'s internal package is not API")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void coreDependsOnNoOtherModuleAndFeatureModulesOnCoreOnly() {
    noClasses().that().resideInAPackage("dev.agentruntime.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            FEATURE_MODULES.stream().map(m -> "dev.agentruntime." + m + "..").toArray(String[]::new))
        .check(classes);
    for (String m : FEATURE_MODULES) {
      String[] others = FEATURE_MODULES.stream().filter(o -> !o.equals(m))
          .map(o -> "dev.agentruntime." + o + "..").toArray(String[]::new);
      noClasses().that().resideInAPackage("dev.agentruntime." + m + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .because("feature modules depend on agent-core only")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("dev.agentruntime.(*)..").should().beFreeOfCycles().check(classes);
  }
}
