package dev.journeyfacade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package boundaries (README, "Code layout"), kept by the build. Package names are spelled out in full: {@code ..web..} would also match Spring's own packages. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.journeyfacade");

    private static final JavaClasses EMULATOR = new ClassFileImporter().importPackages("dev.dataverseemulator");

    @Test
    void theDataverseClientKnowsNoFeatureOfOurs() {
        noClasses().that().resideInAPackage("dev.journeyfacade.dataverse..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.journeyfacade.journey..", "dev.journeyfacade.web..")
                .check(MAIN);
    }

    @Test
    void theFacadeImportsNoEmulator() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.dataverseemulator..")
                .check(MAIN);
    }

    @Test
    void theEmulatorIsStandaloneAndUsesNoFacadeCode() {
        // the emulator lives in the test tree; its own tests may compare it with the facade's OData builders
        noClasses().that().resideInAPackage("dev.dataverseemulator..").and().haveSimpleNameNotEndingWith("Test")
                .should().dependOnClassesThat().resideInAPackage("dev.journeyfacade..")
                .check(EMULATOR);
    }

    @Test
    void onlyTheEntityAdaptersAndTheWebLayerUseTheDataverseClient() {
        classes().that().resideInAPackage("dev.journeyfacade.dataverse..")
                .should().onlyBeAccessed().byAnyPackage("dev.journeyfacade.dataverse..", "dev.journeyfacade.journey.msdyncrm..", "dev.journeyfacade.web..")
                .check(MAIN);
    }

    @Test
    void theWebLayerKnowsNoFeature() {
        noClasses().that().resideInAPackage("dev.journeyfacade.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.journeyfacade.journey..")
                .check(MAIN);
    }

    @Test
    void theDesignCodecAndValidationModelArePureJava() {
        // the design's wiring and OpenAPI customizer sit beside the codec; the codec itself knows no framework
        noClasses().that().resideInAnyPackage("dev.journeyfacade.journey.msdyncrm.design..", "dev.journeyfacade.journey.validation..")
                .and().doNotHaveSimpleName("DesignConfiguration").and().doNotHaveSimpleName("DesignApiDocs")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.springdoc..", "dev.journeyfacade.dataverse..")
                .check(MAIN);
    }

    @Test
    void onlyTheEntityAdapterAndTheEmulatorWriteDataverseOptionSetCodes() throws IOException {
        // Status, type and consent codes (1923500xx, 5870300xx) belong to journey/msdyncrm alone (and the
        // emulator in the test tree, which plays Dataverse); anywhere else they are a leak of Dataverse into the API.
        Pattern code = Pattern.compile("\\b(1923500\\d\\d|5870300\\d\\d)\\b");
        Path main = Path.of("src/main/java/dev/journeyfacade");
        List<Path> leaks;
        try (Stream<Path> files = Files.walk(main)) {
            leaks = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/journey/msdyncrm/"))
                    .filter(p -> {
                        try {
                            return code.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
        assertThat(leaks).isEmpty();
    }
}
