package io.unrolled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering rule: the maths core never sees JavaFX, the window never touches an INDArray. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.unrolled");

    @Test
    void coreImportsNoJavaFx() {
        noClasses().that().resideInAnyPackage("io.unrolled.data..", "io.unrolled.nn..", "io.unrolled.models..",
                        "io.unrolled.train..", "io.unrolled.trace..", "io.unrolled.io..", "io.unrolled.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void windowNeverTouchesNd4j() {
        noClasses().that().resideInAnyPackage("io.unrolled.ui..", "io.unrolled.viz..", "io.unrolled.session..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
