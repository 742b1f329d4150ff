package dev.leakcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.server.ServerTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by
 * Selenium through {@code /usr/bin/chromedriver}; Selenium Manager never runs). One browser for the whole
 * class, one Spring context ({@link ServerTest}); the tests run in order, as a person would: answer the
 * interview to a plan, upload a broken workbook, publish an edit and see a plan change, restore the rules.
 * Without Chromium or its driver they are skipped. With {@code -Dleakcheck.screenshots=DIR} every page is
 * photographed into DIR (docs/images from the module: {@code -Dleakcheck.screenshots=../docs/images}).
 */
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("leakcheck.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("leakcheck.chromedriver", "/usr/bin/chromedriver"));
    static final String SCREENSHOTS = System.getProperty("leakcheck.screenshots", "");

    static ChromeDriver browser;
    /** The incident the interview made, tried and re-planned by the later tests. */
    static String incidentUrl;
    static String incidentNumber;
    /** The rules serving before the publication, and the PPC decision they gave. */
    static String servingBefore;
    static String ppcBefore;

    @LocalServerPort
    int port;

    @TempDir
    static Path temp;

    /** The browser, started in the background while Spring starts the server (they take seconds each). */
    static CompletableFuture<ChromeDriver> starting;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        starting = CompletableFuture.supplyAsync(() -> {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--window-size=1280,900", "--lang=ja", "--hide-scrollbars", "--no-first-run",
                    "--disable-extensions", "--disable-background-networking", "--disable-sync",
                    "--disable-features=Translate,OptimizationHints,MediaRouter");
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofMillis(500));
            return driver;
        });
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        } else if (starting != null) {
            starting.thenAccept(ChromeDriver::quit);
        }
    }

    @BeforeEach
    void browserIsThere() {
        // In each test, not in @BeforeAll: Surefire reports every test skipped with this reason.
        assumeTrue(starting != null, "browser test skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver, as .ci/run does)");
        if (browser == null) {
            browser = starting.join();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /**
     * Presses the question's save button and waits for the page that says it was saved: on a busy machine the
     * next look at the page could otherwise still see the page before the answer.
     */
    private void save(String field) {
        submit(question(field).findElement(By.cssSelector("button.save")));
        waitFor("#saved", field);
    }

    /** Presses "unknown" on the first open question and waits for the page that says it was saved. */
    private void firstUnknown() {
        WebElement first = all("form.question").get(0);
        String field = first.getAttribute("data-field");
        submit(first.findElement(By.cssSelector("button.unknown")));
        waitFor("#saved", field);
    }

    /**
     * Presses a button or link that loads another page, and waits until that page is there. Without the wait, the
     * next look (the address, or an element both pages have, such as the rules serving) can still see the page
     * before: Chromium 156's driver returns from a click before the navigation it starts.
     */
    private void submit(WebElement button) {
        // The page before is marked in its window; a new page has a new window without the mark. (Not Selenium's
        // stalenessOf: with Chromium 156 a look at an element of a page that is going away can fail with an
        // inspector error instead of the stale-element one that stalenessOf waits for.)
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.leakcheckPageBefore = true");
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(driver ->
                Boolean.TRUE.equals(script.executeScript("return window.leakcheckPageBefore === undefined"
                        + " && document.readyState === 'complete'")));
    }

    private void waitFor(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private WebElement question(String field) {
        List<WebElement> forms = all("form.question[data-field='" + field + "']");
        assertThat(forms).as("open question " + field + " among "
                + all("form.question").stream().map(f -> f.getAttribute("data-field")).toList()).isNotEmpty();
        return forms.get(0);
    }

    /** Writes the page, all of it, to DIR/server-NAME.png when screenshots are asked for. */
    private void photograph(String name) throws IOException {
        if (SCREENSHOTS.isBlank()) {
            return;
        }
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight"
                + " + window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 4000)));
        Path dir = Path.of(SCREENSHOTS);
        Files.createDirectories(dir);
        Files.write(dir.resolve("server-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    @Order(1)
    void theInterviewIsAnsweredToAPlan() throws IOException {
        open("/incidents?lang=ja");
        new Select(find("#type")).selectByValue("MISSENT_OR_MISPUBLISHED");
        find("#reference").sendKeys("INC-2026-0107");
        submit(find("#create"));
        incidentUrl = browser.getCurrentUrl();
        incidentNumber = incidentUrl.substring(incidentUrl.lastIndexOf('/') + 1);
        assertThat(find("#reference").getText()).isEqualTo("INC-2026-0107");
        assertThat(find("#nearest").getText()).contains("なし");

        WebElement aware = question("discovery.awareAt");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-12-01T10:00'",
                aware.findElement(By.name("value")));
        save("discovery.awareAt");
        assertThat(find("#nearest").getText()).contains("2026-12").contains("期限切れ");

        WebElement channel = question("channel");
        new Select(channel.findElement(By.name("value"))).selectByValue("EMAIL");
        save("channel");

        find("#add-asset input[name=description]").sendKeys("顧客名簿（展示会来場者）");
        submit(find("#add-asset button"));
        waitFor("#saved", "assets[0].description");
        assertThat(find("#assets").getText()).contains("顧客名簿");

        question("assets[0].personal.included").findElement(By.cssSelector("input[value=true]")).click();
        save("assets[0].personal.included");
        WebElement persons = question("assets[0].personal.persons");
        persons.findElement(By.name("value")).sendKeys("500");
        save("assets[0].personal.persons");
        assertThat(find("#facts").getText()).contains("500");
        WebElement protection = question("assets[0].protection.level");
        new Select(protection.findElement(By.name("value"))).selectByValue("NONE");
        save("assets[0].protection.level");
        assertThat(all("#first-actions li")).isNotEmpty();
        photograph("interview-ja");

        submit(find("#lang-switch"));
        waitFor("#interview h2", "Still unknown");
        photograph("interview-en");
        open("/incidents/" + incidentNumber + "/report");
        photograph("report-en");
        open("/incidents?lang=ja");
        assertThat(find("#incidents").getText()).contains("INC-2026-0107").contains("期限切れ");
        photograph("incidents-ja");
        open("/incidents/" + incidentNumber + "/report");
        assertThat(find("h1").getText()).contains("対応計画");
        photograph("report-ja");
    }

    @Test
    @Order(2)
    void aBrokenWorkbookIsShownWithItsCellHighlighted() throws IOException {
        Path broken = temp.resolve("regimes.xlsx");
        Files.write(broken, regimesWithAppiThreshold("many"));
        open("/rules");
        photograph("rules-ja");
        find("#workbooks").sendKeys(broken.toString());
        submit(find("#check"));
        WebElement cell = find("td.problem");
        assertThat(cell.getText()).isEqualTo("many");
        assertThat(cell.getAttribute("data-cell")).isEqualTo(find("section.problem h3").getText().replaceAll(".*＞ ", ""));
        assertThat(find("section.problem p.error").getText()).contains("regimes.xlsx");
        photograph("rules-problem-ja");
    }

    @Test
    @Order(3)
    void publishingAnEditChangesAPlan() throws IOException {
        // The APPI threshold of persons lives in one place: regimes.xlsx (制度, 本人の数の基準).
        Path edited = temp.resolve("edited").resolve("regimes.xlsx");
        Files.createDirectories(edited.getParent());
        Files.write(edited, regimesWithAppiThreshold("100"));
        open("/rules");
        servingBefore = find("#serving").getText();
        open("/incidents/" + incidentNumber);
        ppcBefore = find("#ppc").getText();

        open("/rules");
        find("#workbooks").sendKeys(edited.toString());
        submit(find("#check"));
        assertThat(find("#valid").isDisplayed()).isTrue();
        assertThat(find("#scenario-changes").getText()).contains("ppcReport");
        new Select(find("#try-incident")).selectByValue(incidentNumber);
        submit(find("#try-run"));
        photograph("rules-edit-ja");
        assertThat(find("#try-changes").getText()).contains("ppcReport");
        find("#publish-token").sendKeys("test-token");
        find("#publish-by").sendKeys("コンプライアンス部 山田");
        submit(find("#publish-button"));
        String serving = find("#serving").getText();
        assertThat(serving).startsWith("published-").isNotEqualTo(servingBefore);
        assertThat(find("#versions").getText()).contains("コンプライアンス部 山田");

        open("/incidents/" + incidentNumber);
        firstUnknown();
        assertThat(find("#plan-rules").getText()).isEqualTo(serving);
        assertThat(find("#ppc").getText()).isNotEqualTo(ppcBefore);
    }

    @Test
    @Order(4)
    void thePreviousRulesAreRestoredInOneClick() throws IOException {
        open("/rules?lang=en");
        find("#restore-token").sendKeys("test-token");
        find("#restore-by").sendKeys("compliance");
        photograph("rules-en");
        submit(find(servingBefore.startsWith("published-") ? "#restore-" + servingBefore.substring("published-".length())
                : "#restore-bundled"));
        assertThat(find("#published").isDisplayed()).isTrue();
        open("/incidents/" + incidentNumber + "?lang=ja");
        firstUnknown();
        assertThat(find("#ppc").getText()).isEqualTo(ppcBefore);
    }

    /** The bundled regimes with APPI_BUSINESS's threshold of persons set to a value (a word breaks it). */
    static byte[] regimesWithAppiThreshold(String value) throws IOException {
        try (InputStream in = LeakcheckEngine.class.getResourceAsStream("/dev/leakcheck/rules/regimes.xlsx");
             Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int column = -1;
            for (Cell cell : header) {
                if (cell.toString().startsWith("本人の数の基準")) {
                    column = cell.getColumnIndex();
                }
            }
            for (Row row : sheet) {
                Cell code = row.getCell(0);
                if (code != null && "APPI_BUSINESS".equals(code.toString())) {
                    if (value.chars().allMatch(Character::isDigit)) {
                        row.getCell(column).setCellValue(Double.parseDouble(value));
                    } else {
                        row.getCell(column).setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
