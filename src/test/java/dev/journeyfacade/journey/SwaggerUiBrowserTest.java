package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.journeyfacade.LocalProfileTest;
import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.ODataQuery;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;

/**
 * A real browser (headless Chromium from the OS packages) opens Swagger UI of the facade
 * in profile local and runs "Try it out → Execute" on listJourneys (the answer must be a
 * 200 listing a journey the emulator seeded), on createJourney (a 201 with the example's
 * design; the journey then goes live) and on createRealtimeJourney (a 201 with a valid
 * draft made from Microsoft's example template). Skipped, with the reason, where Chromium
 * or its driver is not installed ({@code .ci/run} installs them).
 */
class SwaggerUiBrowserTest extends LocalProfileTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * The journey of the seed's create request, which the emulator seeds under the id of
	 * the seed's update.
	 */
	/**
	 * The first {@code "id"} of a journey's JSON is the journey's own (tiles have none of
	 * that name).
	 */
	static final Pattern JOURNEY_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
	static final UUID SEEDED_JOURNEY = UUID.fromString("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc");

	@Autowired
	DataverseClient dataverse;

	private Path profile;

	private ChromeDriverService service;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM
				+ " (Debian package 'chromium'; .ci/run installs it)");
		assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed at " + CHROMEDRIVER
				+ " (Debian package 'chromium-driver'; .ci/run installs it)");
		profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// No internet here: without these flags Chromium stalls on connection attempts of
		// its own.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
				"--window-size=1280,2000");
		service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@Test
	void tryItOutOnListJourneysShowsASeededJourney() {
		String seededName = dataverse
			.retrieve("msdyncrm_customerjourneys", SEEDED_JOURNEY, ODataQuery.select("msdyncrm_name"), NameRow.class)
			.name();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		browser.get(baseUrl() + "/swagger-ui.html");
		WebElement operation = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Journeys-listJourneys")));
		operation.findElement(By.cssSelector(".opblock-summary")).click();
		wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
			.click();
		wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".execute")))).click();

		WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation,
				By.cssSelector(".live-responses-table .response .response-col_status")));
		assertThat(status.getText().trim()).isEqualTo("200");
		WebElement body = operation
			.findElement(By.cssSelector(".live-responses-table .response .response-col_description"));
		wait.until(ExpectedConditions.textToBePresentInElement(body, seededName));
	}

	@Test
	void tryItOutOnCreateJourneyMakesAJourneyFromItsDesignThatGoesLive() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		browser.get(baseUrl() + "/swagger-ui.html");
		WebElement operation = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Journeys-createJourney")));
		operation.findElement(By.cssSelector(".opblock-summary")).click();
		wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
			.click();
		wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".execute")))).click();

		WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation,
				By.cssSelector(".live-responses-table .response .response-col_status")));
		assertThat(status.getText().trim()).isEqualTo("201");
		String body = operation.findElement(By.cssSelector(".live-responses-table .response .response-col_description"))
			.getText();
		Matcher id = JOURNEY_ID.matcher(body);
		assertThat(id.find()).as(body).isTrue();
		assertThat(body).contains("SEGMENT_GROUP", "Relationship test");

		RestClient api = RestClient.builder().baseUrl(baseUrl()).build();
		api.post().uri("/api/v1/journeys/{id}/publish", id.group(1)).retrieve().toBodilessEntity();
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(
					() -> assertThat(api.get().uri("/api/v1/journeys/{id}", id.group(1)).retrieve().body(String.class))
						.contains("\"status\":\"LIVE\""));
	}

	@Test
	void tryItOutOnCreateRealtimeJourneyMakesAValidDraftFromMicrosoftsExampleTemplate() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		browser.get(baseUrl() + "/swagger-ui.html");
		// Swagger UI's id is operations-<tag>-<operationId>, the tag's spaces escaped
		WebElement operation = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-createRealtimeJourney']")));
		operation.findElement(By.cssSelector(".opblock-summary")).click();
		wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
			.click();
		wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".execute")))).click();

		WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation,
				By.cssSelector(".live-responses-table .response .response-col_status")));
		assertThat(status.getText().trim()).isEqualTo("201");
		String body = operation.findElement(By.cssSelector(".live-responses-table .response .response-col_description"))
			.getText();
		assertThat(body).contains("Welcome series (API)", "\"DRAFT\"", "\"VALID\"",
				"e7e3cf6c-1d89-f011-b4cc-000d3a306706");
	}

	/** Only the name of a journey row. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record NameRow(@JsonProperty("msdyncrm_name") String name) {
	}

}
