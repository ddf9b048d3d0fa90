package dev.cairn.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * The dependency rules between Cairn's modules, checked from config's tests because only config sees every
 * module: a rule checked inside a module whose class path lacks the forbidden package can never fail.
 */
final class ModuleRules {
    private ModuleRules() {
    }

    /** Which module owns a class: the package segment after {@code dev.cairn}. */
    static Optional<String> moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("dev.cairn.")) {
            return Optional.empty();
        }
        String rest = name.substring("dev.cairn.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** Modules point inward: everything may use bot-core, only config (the composition root) uses the rest. */
    static final ArchRule MODULES_POINT_INWARD = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("core").definedBy("dev.cairn.core..")
            .layer("knowledge").definedBy("dev.cairn.knowledge..")
            .layer("tools").definedBy("dev.cairn.tools..")
            .layer("records").definedBy("dev.cairn.records..")
            .layer("prompts").definedBy("dev.cairn.prompts..")
            .layer("model").definedBy("dev.cairn.model..")
            .layer("slack").definedBy("dev.cairn.slack..")
            .layer("discord").definedBy("dev.cairn.discord..")
            .layer("web").definedBy("dev.cairn.web..")
            .layer("app").definedBy("dev.cairn.app..")
            .whereLayer("core").mayNotAccessAnyLayer()
            .whereLayer("knowledge").mayOnlyAccessLayers("core")
            .whereLayer("tools").mayOnlyAccessLayers("core")
            .whereLayer("records").mayOnlyAccessLayers("core")
            .whereLayer("prompts").mayOnlyAccessLayers("core")
            .whereLayer("model").mayOnlyAccessLayers("core")
            .whereLayer("slack").mayOnlyAccessLayers("core")
            .whereLayer("discord").mayOnlyAccessLayers("core")
            .whereLayer("web").mayOnlyAccessLayers("core")
            .as("modules depend only on bot-core; only config (dev.cairn.app) wires the others together");

    /** An {@code internal} package is an implementation detail of the module that holds it. */
    static final ArchRule INTERNAL_STAYS_IN_ITS_MODULE = classes().that().resideInAPackage("dev.cairn..")
            .should(new ArchCondition<JavaClass>("use no internal package of another module") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (target.getPackageName().matches("dev\\.cairn\\..*\\binternal\\b.*")
                                && !moduleOf(target).equals(moduleOf(origin))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** config wires modules through their public types and never reaches into an {@code internal} package. */
    static final ArchRule CONFIG_USES_NO_INTERNALS = noClasses().that().resideInAPackage("dev.cairn.app..")
            .should().dependOnClassesThat().resideInAPackage("..internal..");

    /** Slack's library is used only by the Slack adapter and Discord's only by the Discord one (and config, to wire them). */
    static final ArchRule PLATFORM_LIBRARIES_STAY_IN_THEIR_ADAPTER = classes()
            .that().resideInAPackage("dev.cairn..").and().resideOutsideOfPackage("dev.cairn.app..")
            .should(new ArchCondition<JavaClass>("use no chat platform's library but their own adapter's") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = moduleOf(origin).orElseThrow();
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        boolean slack = target.startsWith("com.slack.");
                        boolean discord = target.startsWith("net.dv8tion.");
                        if (slack && !own.equals("slack") || discord && !own.equals("discord")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** Adapters, tools and the model client never touch the index or parser libraries behind knowledge. */
    static final ArchRule ONLY_KNOWLEDGE_USES_LUCENE_AND_TIKA = noClasses()
            .that().resideOutsideOfPackages("dev.cairn.knowledge..", "dev.cairn.app..")
            .and().resideInAPackage("dev.cairn..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.apache.tika..");

    /** Parsing turns bytes into sections; it knows nothing of chunking, embedding or the index. */
    static final ArchRule PARSING_KNOWS_NOTHING_DOWNSTREAM = noClasses()
            .that().resideInAPackage("dev.cairn.knowledge.parse..")
            .should().dependOnClassesThat(resideInAPackage("dev.cairn.knowledge..")
                    .and(not(resideInAPackage("dev.cairn.knowledge.parse.."))))
            .orShould().dependOnClassesThat().resideInAPackage("org.apache.lucene..");

    /** Chunking and embedding sit between parsing and the index and never reach into it. */
    static final ArchRule CHUNKS_AND_VECTORS_DO_NOT_REACH_THE_INDEX = noClasses()
            .that().resideInAnyPackage("dev.cairn.knowledge.chunk..", "dev.cairn.knowledge.embed..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.cairn.knowledge.index..", "org.apache.lucene..");

    /**
     * Modules are plain Java that config wires: only config and the web adapter (Spring MVC controllers) use Spring,
     * apart from model-openai's use of Spring Framework's retry policy.
     */
    static final ArchRule ONLY_CONFIG_AND_WEB_USE_SPRING = noClasses()
            .that().resideInAPackage("dev.cairn..").and().resideOutsideOfPackages("dev.cairn.app..", "dev.cairn.web..")
            .should().dependOnClassesThat(resideInAPackage("org.springframework..")
                    .and(not(resideInAPackage("org.springframework.core.retry.."))));

    /** The web adapter speaks HTTP only: neither Slack's nor Discord's library nor their adapters. */
    static final ArchRule WEB_IS_NOT_A_CHAT_PLATFORM = noClasses().that().resideInAPackage("dev.cairn.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..",
                    "dev.cairn.slack..", "dev.cairn.discord..");

    /** model-openai's public face is bot-core ports and their settings; the rest stays package-private. */
    static final ArchRule MODEL_CLIENT_ONLY_IMPLEMENTS_CORE_PORTS = classes()
            .that().resideInAPackage("dev.cairn.model..").and().arePublic().and().areTopLevelClasses()
            .should(new ArchCondition<JavaClass>("implement a bot-core port or be a settings record") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean port = type.getAllRawInterfaces().stream()
                            .anyMatch(i -> i.getPackageName().equals("dev.cairn.core.port"));
                    boolean settings = type.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false)
                            && type.getSimpleName().endsWith("Settings");
                    if (!port && !settings) {
                        events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " is public but neither implements a dev.cairn.core.port interface nor is a *Settings record"));
                    }
                }
            });

    /** Nothing outside config sees config's Spring configuration or properties. */
    static final ArchRule CONFIG_IS_ONLY_FOR_CONFIG = noClasses()
            .that().resideInAPackage("dev.cairn..").and().resideOutsideOfPackage("dev.cairn.app..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..")
            .orShould().dependOnClassesThat().resideInAPackage("dev.cairn.app..");
}
