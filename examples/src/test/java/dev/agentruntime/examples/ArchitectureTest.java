package dev.agentruntime.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.RunView;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
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

  /**
   * Evaluates a rule and asserts it found no violation, listing every violation when it did (the
   * same check ArchUnit's {@code check} makes, as an explicit assertion).
   */
  private static void assertHolds(ArchRule rule) {
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.getFailureReport().getDetails())
        .as("violations of: %s", rule.getDescription())
        .isEmpty();
  }

  @Test
  void theRulesSeeEveryModule() {
    // a rule over an empty import holds trivially: make sure the classes of every module are there
    for (String m : ALL_MODULES) {
      assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("dev.agentruntime." + m)))
          .as("classes of agent-%s imported", m)
          .isTrue();
    }
  }

  @Test
  void noPublicPackageDependsOnInternalExceptTheRuntimeThatComposesIt() {
    assertHolds(noClasses().that().resideOutsideOfPackage("dev.agentruntime.core.internal..")
        .and().haveNameNotMatching("dev\\.agentruntime\\.core\\.AgentRuntime(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("dev.agentruntime.core.internal..")
        .because("agent-core's internal package is not API (AgentRuntime alone composes the engine)"));
    for (String m : FEATURE_MODULES) {
      assertHolds(noClasses().that().resideOutsideOfPackage("dev.agentruntime." + m + "..")
          .should().dependOnClassesThat().resideInAPackage("dev.agentruntime." + m + ".internal..")
          .because("agent-" + m + "'s internal package is not API")
          .allowEmptyShould(true));
    }
  }

  @Test
  void nothingOutsideTheEngineSeesTheRunContextImplementation() {
    // AgentRuntime composes the engine but hands out runs only as RunContext / RunView
    assertHolds(noClasses().that().resideOutsideOfPackage("dev.agentruntime.core.internal..")
        .should().dependOnClassesThat().haveFullyQualifiedName("dev.agentruntime.core.internal.DefaultRunContext")
        .because("interceptors, loops and tools see a run through RunContext / RunView, never its implementation"));
  }

  @Test
  void noPublicSignatureOutsideInternalMentionsAnInternalType() {
    assertHolds(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members()
        .that().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
        .and().areDeclaredInClassesThat().arePublic()
        .should(new ArchCondition<JavaMember>("not mention an internal type in a public signature") {
          @Override
          public void check(JavaMember member, ConditionEvents events) {
            if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
              return;
            }
            List<JavaClass> types = new ArrayList<>();
            if (member instanceof JavaCodeUnit unit) {
              types.add(unit.getRawReturnType());
              types.addAll(unit.getRawParameterTypes());
            } else if (member instanceof com.tngtech.archunit.core.domain.JavaField field) {
              types.add(field.getRawType());
            }
            for (JavaClass t : types) {
              if (t.getPackageName().contains(".internal")) {
                events.add(SimpleConditionEvent.violated(member, member.getFullName() + " exposes " + t.getName()));
              }
            }
          }
        })
        .allowEmptyShould(true));
  }

  @Test
  void noCodeDowncastsARunToItsImplementation() {
    // `ctx instanceof DefaultRunContext d` (or any other implementation) is how interceptors used
    // to reach engine internals; what they need is on RunView. (ArchUnit records instanceof
    // checks, not plain casts: those are caught by the dependency rules above.)
    assertHolds(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits()
        .should(new ArchCondition<JavaCodeUnit>("not test a run for its implementation type") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            unit.getInstanceofChecks().forEach(check -> {
              JavaClass target = check.getRawType();
              boolean runType = target.isAssignableTo(RunView.class) || target.isAssignableTo(RunContext.class);
              if (runType && !target.isEquivalentTo(RunView.class) && !target.isEquivalentTo(RunContext.class)) {
                events.add(SimpleConditionEvent.violated(check, unit.getFullName() + " checks instanceof " + target.getName() + " (line " + check.getLineNumber() + ")"));
              }
            });
          }
        }));
  }

  @Test
  void coreDependsOnNoOtherModuleAndFeatureModulesOnCoreOnly() {
    assertHolds(noClasses().that().resideInAPackage("dev.agentruntime.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            FEATURE_MODULES.stream().map(m -> "dev.agentruntime." + m + "..").toArray(String[]::new)));
    for (String m : FEATURE_MODULES) {
      String[] others = FEATURE_MODULES.stream().filter(o -> !o.equals(m))
          .map(o -> "dev.agentruntime." + o + "..").toArray(String[]::new);
      assertHolds(noClasses().that().resideInAPackage("dev.agentruntime." + m + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .because("feature modules depend on agent-core only")
          .allowEmptyShould(true));
    }
  }

  @Test
  void modulesHaveNoCycles() {
    assertHolds(slices().matching("dev.agentruntime.(*)..").should().beFreeOfCycles());
  }
}
