package news.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import news.dateline.demo.DemoContentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Swagger UI at /q/swagger-ui, in a real headless Chromium: "Try it out" as it comes finds the seed article. */
@QuarkusTest
class SwaggerUiTest {

    // Debian's packages, not Selenium Manager: there is no internet here, and build/provision installs these with apt.
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SEED = "lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine";
    /** The longest any one step may take: the page, the contract it loads, a call to the service. */
    private static final Duration STEP = Duration.ofSeconds(30);
    /** Screenshots, console logs and Chromium's profile, for whoever reads a failure. */
    private static final Path OUTPUT = Path.of("target", "swagger-ui");

    @TestHTTPResource("/q/swagger-ui")
    URL swaggerUi;

    @Inject
    DemoContentService demo;

    private ChromeDriverService service;
    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "This test drives "
                + CHROMIUM + " through " + CHROMEDRIVER + ": ./mvnw verify installs them as root (build/provision),"
                + " or apt-get install -y chromium chromium-driver");
        // Selenium Manager is never asked (the driver's path is given), and would not report usage if it were.
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("se.avoidstats", "true");
        Files.createDirectories(OUTPUT);
        profile = Files.createTempDirectory(OUTPUT, "chromium-profile-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withTimeout(STEP).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                // As root Chromium needs --no-sandbox; the others keep it from reaching out to Google's services.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
                        "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(STEP.multipliedBy(2)));
        browser.manage().timeouts().pageLoadTimeout(STEP).scriptTimeout(STEP);
    }

    @AfterEach
    void quitBrowser(TestInfo test) throws IOException {
        try {
            if (browser != null) {
                String name = test.getTestMethod().orElseThrow().getName();
                Files.move(browser.getScreenshotAs(OutputType.FILE).toPath(), OUTPUT.resolve(name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
                // A Content-Security-Policy or CORS refusal shows only here, not on the page.
                List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
                Files.writeString(OUTPUT.resolve(name + ".console.log"),
                        console.stream().map(LogEntry::toString).collect(Collectors.joining("\n")));
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
            if (service != null) {
                service.stop();
            }
            deleteProfile();
        }
    }

    @Test
    void tryItOutListsTheSeedArticleFromTheLiveService() throws IOException {
        demo.load();
        browser.get(swaggerUi.toString());
        WebDriverWait wait = new WebDriverWait(browser, STEP);

        // Ids are Swagger UI's own: operations-<tag>-<operationId>, from openapi.yaml.
        WebElement operation = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("operations-Articles-listArticles")));
        assertEquals("GET", operation.findElement(By.className("opblock-summary-method")).getText());
        assertEquals("/api/v1/articles", operation.findElement(By.className("opblock-summary-path")).getText());
        operation.findElement(By.className("opblock-summary-control")).click();

        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
                .click();
        // Nothing changed: what a newcomer runs is the request the contract's examples make (the seed's tags, people,
        // dates and words), and it must find the seed article.
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute"))))
                .click();

        WebElement status = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(operation,
                By.cssSelector(".live-responses-table .response .response-col_status"))).get(0);
        String requestUrl = operation.findElement(By.cssSelector(".request-url pre")).getText();
        assertTrue(requestUrl.startsWith(new URL(swaggerUi, "/api/v1/articles?").toString()), requestUrl);
        assertEquals("200", status.getText().strip(), requestUrl);
        // The body as received (textContent), whatever part of it the scrolling box shows.
        JsonNode body = new ObjectMapper().readTree(operation.findElement(
                By.cssSelector(".live-responses-table .response-col_description pre")).getDomProperty("textContent"));
        JsonNode seed = StreamSupport.stream(body.get("items").spliterator(), false)
                .filter(item -> item.get("slug").asText().equals(SEED)).findFirst()
                .orElseThrow(() -> new AssertionError(requestUrl + " listed no " + SEED + ": " + body));
        assertTrue(seed.get("title").asText().startsWith("Lavrov and Blinken meet in Malta"), seed.toString());
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
