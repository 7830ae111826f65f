package io.unrolled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layering: the maths core never sees JavaFX, the window never touches an INDArray, each package
 * uses only those below it, and no two packages depend on each other in a circle. The diagram views
 * ({@code viz}) are held to the same rules as soon as they exist.
 */
class ArchitectureTest {

    private static final String ENTRY = "entry point";
    private static final String WINDOW = "window";
    private static final String VIEWS = "diagram views";
    private static final String CLI = "command line";
    private static final String LAUNCH = "launch";
    private static final String SESSION = "session";
    private static final String TRAINING = "training";
    private static final String MODELS = "models";
    private static final String LAYERS = "layers";
    private static final String TRACES = "traces";
    private static final String DATA = "data";
    private static final String FILES = "files";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.unrolled");

    static final ArchRule LAYERS_ONLY_LOOK_DOWN = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer(ENTRY).definedBy("io.unrolled")
            .layer(WINDOW).definedBy("io.unrolled.ui..")
            .optionalLayer(VIEWS).definedBy("io.unrolled.viz..")
            .layer(CLI).definedBy("io.unrolled.cli..")
            .layer(LAUNCH).definedBy("io.unrolled.launch..")
            .layer(SESSION).definedBy("io.unrolled.session..")
            .layer(TRAINING).definedBy("io.unrolled.train..")
            .layer(MODELS).definedBy("io.unrolled.models..")
            .layer(LAYERS).definedBy("io.unrolled.nn..")
            .layer(TRACES).definedBy("io.unrolled.trace..")
            .layer(DATA).definedBy("io.unrolled.data..")
            .layer(FILES).definedBy("io.unrolled.io..")
            .whereLayer(ENTRY).mayNotBeAccessedByAnyLayer()
            .whereLayer(WINDOW).mayOnlyBeAccessedByLayers(ENTRY)
            .whereLayer(VIEWS).mayOnlyBeAccessedByLayers(WINDOW)
            // the window's flags are read by the command line's parser
            .whereLayer(CLI).mayOnlyBeAccessedByLayers(ENTRY, WINDOW)
            .whereLayer(LAUNCH).mayOnlyBeAccessedByLayers(ENTRY, WINDOW)
            .whereLayer(SESSION).mayOnlyBeAccessedByLayers(WINDOW, VIEWS)
            .whereLayer(TRAINING).mayOnlyBeAccessedByLayers(CLI, SESSION, WINDOW, VIEWS)
            // a sentence's trace names the rung it came from
            .whereLayer(MODELS).mayOnlyBeAccessedByLayers(TRAINING, TRACES, CLI, SESSION, WINDOW, VIEWS)
            .whereLayer(LAYERS).mayOnlyBeAccessedByLayers(MODELS, TRAINING, CLI)
            .whereLayer(TRACES).mayOnlyBeAccessedByLayers(LAYERS, MODELS, TRAINING, CLI, SESSION, WINDOW, VIEWS)
            .whereLayer(DATA).mayOnlyBeAccessedByLayers(MODELS, TRAINING, TRACES, CLI, SESSION, WINDOW, VIEWS)
            .whereLayer(FILES).mayOnlyBeAccessedByLayers(TRAINING, CLI, SESSION, WINDOW);

    static final ArchRule NO_CYCLES = slices().matching("io.unrolled.(*)..").should().beFreeOfCycles();

    /** The core and everything that runs without a window: no JavaFX (the launcher runs before it loads). */
    static final ArchRule CORE_WITHOUT_JAVAFX = noClasses().that().resideInAnyPackage("io.unrolled.data..",
                    "io.unrolled.nn..", "io.unrolled.models..", "io.unrolled.train..", "io.unrolled.trace..",
                    "io.unrolled.io..", "io.unrolled.cli..", "io.unrolled.launch..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
            .allowEmptyShould(false);

    /** The window, the diagram views and the session only ever see snapshots; the launcher runs before ND4J loads. */
    static final ArchRule WINDOW_WITHOUT_ND4J = noClasses().that().resideInAnyPackage("io.unrolled.ui..",
                    "io.unrolled.viz..", "io.unrolled.session..", "io.unrolled.launch..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..")
            .allowEmptyShould(false);

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        LAYERS_ONLY_LOOK_DOWN.check(CLASSES);
    }

    @Test
    void noTwoPackagesDependOnEachOtherInACircle() {
        NO_CYCLES.check(CLASSES);
    }

    @Test
    void coreImportsNoJavaFx() {
        CORE_WITHOUT_JAVAFX.check(CLASSES);
    }

    @Test
    void windowNeverTouchesNd4j() {
        WINDOW_WITHOUT_ND4J.check(CLASSES);
    }

    /**
     * The rules are not vacuous: the program's classes plus three test classes, each breaking one rule
     * (and none another: the layering considers only our own packages), fail every rule.
     */
    @Test
    void eachRuleFailsOnAClassThatBreaksIt() {
        ImportOption mainClasses = new ImportOption.DoNotIncludeTests();
        JavaClasses broken = new ClassFileImporter()
                .withImportOption(location -> mainClasses.includes(location) || location.contains("Fixture"))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.unrolled");
        // data using the session, which uses data
        failsOn(LAYERS_ONLY_LOOK_DOWN, broken, "UpwardDependencyFixture");
        failsOn(NO_CYCLES, broken, "UpwardDependencyFixture");
        failsOn(CORE_WITHOUT_JAVAFX, broken, "JavaFxInTheCoreFixture");
        failsOn(WINDOW_WITHOUT_ND4J, broken, "Nd4jInTheWindowFixture");
    }

    private static void failsOn(ArchRule rule, JavaClasses classes, String culprit) {
        AssertionError e = assertThrows(AssertionError.class, () -> rule.check(classes));
        assertTrue(e.getMessage().contains(culprit), e.getMessage());
    }
}
