package org.vanban.api;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vanban.parse.VietnameseText;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The page at {@code /} in a real browser: headless Chromium driven by the system chromedriver. Skipped, with a
 * message, on machines without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. Nothing is
 * downloaded: the driver and browser paths are given, so Selenium Manager never runs, and Chromium's own
 * background traffic is switched off (the build machine has no internet).
 */
@QuarkusTest
@EnabledIf("browserInstalled")
class PageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("src", "site", "screenshot.png");
    static final Duration PATIENCE = Duration.ofSeconds(20);

    static WebDriver browser;
    static Path profile;

    @TestHTTPResource("/")
    URL root;

    static boolean browserInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            System.out.println("PageBrowserTest skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver to run the browser tests).");
        }
        return installed;
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("vanban-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--lang=vi", "--window-size=1100,820",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(PATIENCE);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void ready() {
        Ready.await();
        browser.manage().window().setSize(new Dimension(1100, 820));
    }

    private void open(String hash) {
        browser.get(root.toString() + hash);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void searchingDoSonShowsHighlightedHitsAndFacets() throws IOException {
        assumeServed("/api/search?q=x", "search");
        open("#/search");
        WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.id("search-q")));
        assertEquals("Từ khóa", browser.findElement(By.cssSelector("label[for=search-q]")).getText());
        box.sendKeys("do son", Keys.ENTER);

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-hits .hit mark")));
        List<WebElement> marks = browser.findElements(By.cssSelector("#search-hits mark"));
        assertFalse(marks.isEmpty());
        for (WebElement mark : marks) {
            String folded = VietnameseText.fold(mark.getText());
            assertTrue(List.of("do", "son", "do son").contains(folded), "highlighted: " + mark.getText());
        }
        assertTrue(browser.findElement(By.id("search-status")).getText().contains("kết quả"));
        assertEquals("polite", browser.findElement(By.id("search-status")).getAttribute("aria-live"));
        List<WebElement> facets = browser.findElements(By.cssSelector("#search-facets button.facet"));
        assertFalse(facets.isEmpty(), "facets are buttons");
        assertTrue(browser.getCurrentUrl().contains("q=do+son") || browser.getCurrentUrl().contains("q=do%20son"));

        saveScreenshot();

        // a facet narrows the results and says it is on
        WebElement facet = facets.get(0);
        String name = facet.getAttribute("data-facet");
        String value = facet.getAttribute("data-value");
        assertEquals("false", facet.getAttribute("aria-pressed"));
        facet.click();
        waiting().until(d -> d.getCurrentUrl().contains(name + "="));
        WebElement pressed = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#search-facets button.facet[data-facet=" + name + "][aria-pressed=true]")));
        assertEquals(value, pressed.getAttribute("data-value"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-hits .hit mark")));

        // a hit links to its exact clause, which the document view highlights
        WebElement hitLink = browser.findElement(By.cssSelector("#search-hits .hit h2 a"));
        String href = hitLink.getAttribute("href");
        hitLink.click();
        assertClauseHighlighted(href);
    }

    @Test
    void snippetsKeepMarkAndShowAnyOtherMarkupAsText() {
        open("#/search");
        waiting().until(d -> js("return !!window.vanban"));
        Object html = js("const box = document.createElement('div');"
                + "box.append(window.vanban.safeSnippet(arguments[0])); return box.innerHTML;",
                "Cảng <mark>Đồ Sơn</mark> &amp; <img src=x onerror=\"window.pwned=1\">"
                        + "<script>window.pwned=2</script><b>đậm</b> <mark><i>Hải</i> Phòng</mark>");
        assertEquals("Cảng <mark>Đồ Sơn</mark> &amp; đậm <mark>Hải Phòng</mark>", html);
        assertEquals(Boolean.FALSE, js("return 'pwned' in window"));
    }

    @Test
    void aClauseLinkOpensTheDocumentWithThatClauseHighlighted() {
        long id = -1;
        List<String> nested = List.of();
        for (String seed : DocumentResourceTest.SEEDS) {
            id = DocumentResourceTest.idOf(seed);
            nested = given().get("/api/documents/{id}/clauses", id).then().statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.parentPath != null }.path");
            if (!nested.isEmpty()) {
                break;
            }
        }
        assumeTrue(!nested.isEmpty(), "no seed has a nested clause to link to");
        String path = nested.get(nested.size() / 2);
        open("#/documents/" + id + "/clauses/" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        WebElement selected = assertClauseHighlighted(browser.getCurrentUrl());
        assertTrue(Integer.parseInt(selected.getAttribute("style").replaceAll("\\D", "")) > 0,
                "a nested clause is indented under its parent");
        assertFalse(browser.findElements(By.cssSelector("h2")).stream()
                .noneMatch(h -> h.getText().equals("Văn bản được dẫn chiếu")));
        assertFalse(browser.findElements(By.cssSelector("h2")).stream()
                .noneMatch(h -> h.getText().equals("Văn bản dẫn chiếu tới văn bản này")));
    }

    @Test
    void theAgencyFinderListsTasksWithDeadlinesAndDownloadsThemAsCsv() {
        assumeServed("/api/agencies?q=x", "agency finder");
        open("#/agencies");
        WebElement input = waiting().until(ExpectedConditions.elementToBeClickable(By.id("agency-input")));
        assertEquals("combobox", input.getAttribute("role"));
        input.sendKeys("Sở Giao");
        waiting().until(d -> !d.findElements(By.cssSelector("#agency-options [role=option]")).isEmpty());
        List<String> names = browser.findElements(By.cssSelector("#agency-options [role=option]")).stream()
                .map(o -> o.getText().lines().findFirst().orElse("")).toList();
        int wanted = names.indexOf("Sở Giao thông vận tải");
        assertTrue(wanted >= 0, "suggestions: " + names);
        assertEquals("true", input.getAttribute("aria-expanded"));
        // by keyboard: arrow down to the agency, Enter to choose it
        for (int i = 0; i <= wanted; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals("agency-option-" + wanted, input.getAttribute("aria-activedescendant"));
        input.sendKeys(Keys.ENTER);

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agency-detail tr.task")));
        assertEquals("Sở Giao thông vận tải", browser.findElement(By.id("agency-name")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("#agency-detail tr.task"));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().anyMatch(r -> !r.findElement(By.cssSelector("td[data-label='Thời hạn']")).getText()
                .equals("Không nêu")), "some task has a deadline");
        assertTrue(rows.stream().allMatch(r -> !r.findElements(By.cssSelector("a.clause-link")).isEmpty()));
        List<String> statuses = rows.stream()
                .map(r -> r.findElement(By.cssSelector("td[data-label='Trạng thái']")).getText()).toList();
        assertTrue(statuses.stream().allMatch(List.of("Đã qua hạn", "Đang trong hạn", "Chưa đến hạn", "Định kỳ",
                "Thường xuyên", "Không có thời hạn")::contains), "status in words: " + statuses);
        // the department ended in the 2025 reorganisation: the page says who holds its work now
        assertTrue(browser.findElement(By.cssSelector("#agency-detail .succession")).getText().contains("Sở Xây dựng"));
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("Nay do: Sở Xây dựng")));
        assertFalse(browser.findElements(By.id("agency-scorecard")).isEmpty());

        String csv = browser.findElement(By.id("agency-csv")).getAttribute("href");
        assertTrue(csv.contains("format=csv"), csv);
        byte[] body = given().urlEncodingEnabled(false).get(csv).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(body, 3));
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertEquals(rows.size() + 1, text.lines().count(), "a header and one line per task");

        WebElement clauseLink = rows.get(0).findElement(By.cssSelector("a.clause-link"));
        String href = clauseLink.getAttribute("href");
        clauseLink.click();
        assertClauseHighlighted(href);
    }

    @Test
    void anIndicatorsTimelineIsDrawnAsAnInlineChart() {
        var indicators = given().get("/api/indicators").then().statusCode(200).extract().jsonPath();
        List<Object> values = indicators.getList("items.timeline.flatten().value");
        assumeTrue(values != null && values.stream().anyMatch(v -> v != null),
                () -> {
                    System.out.println("PageBrowserTest: no indicator with a value in this build; chart flow skipped");
                    return "no indicator with a value";
                });
        open("#/indicators");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#indicators-body svg.chart circle")));
        WebElement chart = browser.findElement(By.cssSelector("#indicators-body svg.chart"));
        assertEquals("img", chart.getAttribute("role"));
        assertNotNull(chart.findElement(By.tagName("title")));
    }

    @Test
    void theTimelineChartHasOnePointPerPromiseAndARangeBarForARange() {
        open("#/search");
        waiting().until(d -> js("return !!window.vanban"));
        String indicator = """
                {"indicator":"grdp-growth","label":"Tăng trưởng GRDP","targets":3,"timeline":[
                 {"document":{"id":1,"title":"Nghị quyết","number":"45-NQ/TW","sourceName":"a.txt"},
                  "date":"2019-01-24","year":2030,"value":12.5,"upper":null,"unit":"%","comparator":"gte",
                  "clausePath":"II.1","text":"tốc độ tăng trưởng GRDP bình quân đạt trên 12,5%"},
                 {"document":{"id":2,"title":"Kế hoạch","number":"86/KH-UBND","sourceName":"b.txt"},
                  "date":"2020-03-19","year":2025,"value":13.0,"upper":13.5,"unit":"%","comparator":"từ ... đến",
                  "clausePath":"I.2","text":"tăng trưởng GRDP 13 - 13,5%/năm"},
                 {"document":{"id":3,"title":"Thông báo","number":null,"sourceName":"c.txt"},
                  "date":null,"year":null,"value":null,"upper":null,"unit":null,"comparator":null,
                  "clausePath":null,"text":"phấn đấu tăng trưởng cao"}]}""";
        Object drawn = js("const card = window.vanban.indicatorCard(JSON.parse(arguments[0]), 0);"
                + "document.getElementById('indicators-body').append(card);"
                + "const svg = card.querySelector('svg.chart');"
                + "return [svg.getAttribute('role'), svg.querySelectorAll('circle').length,"
                + " svg.querySelectorAll('line.range').length, card.querySelectorAll('tbody tr').length,"
                + " svg.querySelector('title').textContent, card.querySelector('tbody a').getAttribute('href'),"
                + " card.querySelector('tbody td:nth-child(2)').textContent, svg.querySelectorAll('polyline').length]",
                indicator);
        assertEquals(List.of("img", 2L, 1L, 3L, "Diễn biến chỉ tiêu: Tăng trưởng GRDP", "#/documents/2/clauses/I.2",
                "từ 13 đến 13,5 %", 1L),
                drawn, "points sorted by year: 2025 (a range) before 2030; the undated promise only in the table");
        js("document.getElementById('indicators-body').replaceChildren()");
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() {
        assumeServed("/api/search?q=x", "phone-sized search");
        browser.manage().window().setSize(new Dimension(390, 844));
        open("#/search?q=c%E1%BA%A3ng");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-hits .hit")));
        long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, "page is " + overflow + "px wider than the phone");
        open("#/documents");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents-body tbody tr")));
        overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, "document list is " + overflow + "px wider than the phone");
    }

    @Test
    void everyControlIsLabelledAndReachableByKeyboard() {
        browser.get("about:blank");
        open("#/search");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("search-q")));
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Object unlabelled = js("return Array.from(document.querySelectorAll('input, select'))"
                + ".filter(i => i.type !== 'hidden' && i.labels.length === 0 && !i.getAttribute('aria-label'))"
                + ".map(i => i.id || i.name)");
        assertEquals(List.of(), unlabelled);
        // Tab from the top of a freshly opened page reaches the skip link first; Enter moves to the content
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", browser.switchTo().activeElement().getAttribute("id"));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
        assertEquals(0L, js("return document.querySelectorAll('div[onclick], span[onclick]').length"));
    }

    /**
     * Skips a flow whose endpoint another part of the project has not delivered to this build yet, saying so:
     * the page is written against the full API, and the flow runs as soon as the endpoint answers.
     */
    private static void assumeServed(String path, String flow) {
        int status = given().get(path).statusCode();
        assumeTrue(status == 200, () -> {
            String message = "PageBrowserTest: " + path + " answers " + status + " in this build; " + flow
                    + " flow skipped";
            System.out.println(message);
            return message;
        });
    }

    /** The document view shows, highlighted and in view, the clause the link names. */
    private WebElement assertClauseHighlighted(String href) {
        String fragment = href.substring(href.indexOf('#'));
        String path = URLDecoder.decode(fragment.substring(fragment.indexOf("/clauses/") + "/clauses/".length()),
                StandardCharsets.UTF_8);
        // the view may draw the clause tree more than once while it loads: wait for the drawing that selects the
        // clause, finding it again after each one rather than holding an element a later drawing replaced
        WebElement selected = waiting().withMessage("clause " + path + " selected")
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#documents-body .clause.selected")).stream()
                        .filter(e -> path.equals(e.getAttribute("data-path"))).findFirst().orElse(null));
        assertEquals(path, selected.getAttribute("data-path"));
        assertEquals("location", selected.getAttribute("aria-current"));
        assertEquals(1, browser.findElements(By.cssSelector(".clause.selected")).size());
        waiting().withMessage("the clause is scrolled into view").until(d -> Boolean.TRUE.equals(js(
                "const r = arguments[0].getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0;",
                selected)));
        return selected;
    }

    /**
     * The README's picture: written to target/ on every run, and to docs/ only when it is missing or when asked
     * with -Dpage.update-screenshot=true, so running the tests leaves the committed file alone.
     */
    private void saveScreenshot() throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "screenshots", "search.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        if (!Files.exists(SCREENSHOT) || Boolean.getBoolean("page.update-screenshot")) {
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
