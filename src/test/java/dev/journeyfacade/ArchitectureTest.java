package dev.journeyfacade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.journeyfacade.dataverse.DataverseCaller;
import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.DataverseException;
import dev.journeyfacade.dataverse.DataverseUser;
import dev.journeyfacade.dataverse.DataverseUsers;
import dev.journeyfacade.dataverse.ImpersonationProperties;
import dev.journeyfacade.dataverse.InvalidContinuationException;
import dev.journeyfacade.journey.Design;
import dev.journeyfacade.journey.DesignFields;
import dev.journeyfacade.journey.DesignText;
import dev.journeyfacade.journey.JourneyStore;
import dev.journeyfacade.journey.StoredDesignText;
import dev.journeyfacade.web.InvalidFields;
import dev.journeyfacade.web.ProblemType;
import dev.journeyfacade.web.UnknownResourceAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of ADR 10 (README, "Looking for something"), kept by the build.
 * Package names are spelled out in full: {@code ..web..} would also match Spring's own
 * packages.
 */
class ArchitectureTest {

	private static final String JOURNEY = "dev.journeyfacade.journey";

	private static final String JOURNEY_REPORT = "dev.journeyfacade.journey.validation";

	private static final String OUTBOUND = "dev.journeyfacade.journey.msdyncrm..";

	private static final String REALTIME = "dev.journeyfacade.journey.msdynmkt..";

	private static final String DATAVERSE = "dev.journeyfacade.dataverse..";

	private static final String WEB = "dev.journeyfacade.web..";

	private static final Path MAIN_SOURCES = Path.of("src/main/java/dev/journeyfacade");

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.journeyfacade");

	private static final JavaClasses EMULATOR = new ClassFileImporter().importPackages("dev.dataverseemulator");

	@Test
	void theJourneyCoreKnowsNoBackend() {
		noClasses().that()
			.resideInAnyPackage(JOURNEY, JOURNEY_REPORT)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(OUTBOUND, REALTIME, DATAVERSE)
			.check(MAIN);
	}

	@Test
	void theJourneyCoreNamesNoFieldOfABackendsDesignFormat() {
		// outbound's raw pair is its RawPair, carried by the core as an opaque DesignText
		noMembers().that()
			.areDeclaredInClassesThat()
			.resideInAnyPackage(JOURNEY, JOURNEY_REPORT)
			.should()
			.haveNameMatching("(?i).*(workflow_?definition|designer_?state).*")
			.check(MAIN);
	}

	@Test
	void theRealTimeSideIsHandedNoDesignOfTheJourneysPort() {
		// the design markers are bound by the backend behind JourneyStore (outbound's
		// tile
		// tree and raw pair); real-time journeys have records and a port of their own
		noClasses().that()
			.resideInAPackage(REALTIME)
			.or()
			.haveSimpleNameStartingWith("Realtime")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(Design.class, DesignText.class, StoredDesignText.class, DesignFields.class,
					JourneyStore.class)
			.check(MAIN);
	}

	@Test
	void theBackendsKnowNothingOfEachOther() {
		noClasses().that()
			.resideInAPackage(OUTBOUND)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(REALTIME)
			.check(MAIN);
		noClasses().that()
			.resideInAPackage(REALTIME)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(OUTBOUND)
			.check(MAIN);
	}

	@Test
	void theDataverseClientKnowsNoFeatureOfOurs() {
		noClasses().that()
			.resideInAPackage(DATAVERSE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.journeyfacade.journey..", WEB)
			.check(MAIN);
	}

	@Test
	void onlyTheBackendsAndTheWebLayerUseTheDataverseClient() {
		classes().that()
			.resideInAPackage(DATAVERSE)
			.should()
			.onlyBeAccessed()
			.byAnyPackage(DATAVERSE, OUTBOUND, REALTIME, WEB)
			.check(MAIN);
	}

	/**
	 * Its exceptions, and the seam through which the web layer says whom calls act as
	 * (ADR 15): the caller scope, the look-up of a caller's Dataverse user and its
	 * settings. The client itself only to hand it to that look-up.
	 */
	private static final Set<String> CALLER_SEAM = Set.of(DataverseCaller.class.getName(),
			DataverseCaller.Scope.class.getName(), DataverseUsers.class.getName(), DataverseUser.class.getName(),
			ImpersonationProperties.class.getName(), ImpersonationProperties.Mode.class.getName(),
			ImpersonationProperties.AppOnlyCallers.class.getName(), DataverseClient.class.getName());

	@Test
	void theWebLayerReachesDataverseOnlyThroughItsExceptionsAndTheCallerSeam() {
		// the advice renders exactly these failures; anything else of the client is
		// the backends' business
		DescribedPredicate<JavaClass> notANamedException = DescribedPredicate.describe(
				"Dataverse classes other than DataverseException (and its nested types), "
						+ "InvalidContinuationException and the caller seam",
				type -> type.getPackageName().startsWith("dev.journeyfacade.dataverse")
						&& !type.isEquivalentTo(DataverseException.class)
						&& !type.getName().startsWith(DataverseException.class.getName() + "$")
						&& !type.isEquivalentTo(InvalidContinuationException.class)
						&& !CALLER_SEAM.contains(type.getName()));
		noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat(notANamedException).check(MAIN);
	}

	@Test
	void theFeaturesUseOnlyTheWebLayersProblemVocabulary() {
		// problem types are part of the API's contract, said once in web (ADR 10); the
		// features raise them and say which unknown-table answers are theirs, nothing
		// more of web reaches into them
		DescribedPredicate<JavaClass> beyondTheVocabulary = DescribedPredicate.describe(
				"web classes other than ProblemType, InvalidFields and UnknownResourceAnswer",
				type -> type.getPackageName().equals("dev.journeyfacade.web") && !type.isEquivalentTo(ProblemType.class)
						&& !type.isEquivalentTo(InvalidFields.class)
						&& !type.isEquivalentTo(UnknownResourceAnswer.class));
		noClasses().that()
			.resideInAPackage("dev.journeyfacade.journey..")
			.should()
			.dependOnClassesThat(beyondTheVocabulary)
			.check(MAIN);
	}

	@Test
	void theWebLayerKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage(WEB)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.journeyfacade.journey..")
			.check(MAIN);
	}

	@Test
	void theDesignCodecAndTheReportArePureJava() {
		// the design's wiring and OpenAPI customizer sit beside the codec; the codec
		// itself knows no framework
		noClasses().that()
			.resideInAnyPackage("dev.journeyfacade.journey.msdyncrm.design..", JOURNEY_REPORT)
			.and()
			.doNotHaveSimpleName("DesignConfiguration")
			.and()
			.doNotHaveSimpleName("DesignApiDocs")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.springdoc..", DATAVERSE)
			.check(MAIN);
	}

	@Test
	void theFacadeImportsNoEmulator() {
		noClasses().should().dependOnClassesThat().resideInAPackage("dev.dataverseemulator..").check(MAIN);
	}

	@Test
	void theEmulatorIsStandaloneAndUsesNoFacadeCode() {
		// the emulator lives in the test tree; its own tests may compare it with the
		// facade's OData builders
		noClasses().that()
			.resideInAPackage("dev.dataverseemulator..")
			.and()
			.haveSimpleNameNotEndingWith("Test")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.journeyfacade..")
			.check(EMULATOR);
	}

	@Test
	void outboundNamesAppearInTheOutboundBackendOnly() {
		// the entity's names, the workflow definition's properties and its root type
		// belong to journey/msdyncrm
		// (and to the emulator in the test tree, which plays Dataverse)
		assertThat(mainSourcesOutside("/journey/msdyncrm/", Pattern.compile("msdyncrm_|ActivityTypeId|bpf_root")))
			.isEmpty();
	}

	@Test
	void realTimeNamesAppearInTheRealTimeBackendOnly() {
		// the real-time entities, their action and its parameters belong to
		// journey/msdynmkt (and to the emulator)
		assertThat(mainSourcesOutside("/journey/msdynmkt/", Pattern.compile("msdynmkt_|jsonpathmodifications")))
			.isEmpty();
	}

	@Test
	void onlyTheOutboundBackendWritesDataverseOptionSetCodes() {
		// status, type and consent codes (1923500xx, 5870300xx): anywhere else a leak of
		// Dataverse into the API
		assertThat(mainSourcesOutside("/journey/msdyncrm/", Pattern.compile("\\b(1923500\\d\\d|5870300\\d\\d)\\b")))
			.isEmpty();
	}

	private static List<Path> mainSourcesOutside(String backend, Pattern pattern) {
		try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
			List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
			assertThat(sources).as("the main sources are where this test looks").isNotEmpty();
			return sources.stream()
				.filter(p -> !p.toString().contains(backend))
				.filter(p -> pattern.matcher(read(p)).find())
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
