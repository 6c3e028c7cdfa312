package fr.plume.tool.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, for the browser tests. When it cannot start, the test
 * fails with the reason: a browser test never turns into a skipped one, or a broken browser
 * would hide every accessibility regression.
 */
public final class Chromium implements AutoCloseable {

    public static final Path SYSTEM = Path.of("/usr/bin/chromium");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium start() {
        return start(SYSTEM);
    }

    /** @throws AssertionError when the browser does not start, so the test fails rather than being skipped */
    public static Chromium start(Path executable) {
        Playwright playwright;
        try {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        } catch (PlaywrightException e) {
            throw new AssertionError("Playwright could not start; browser tests fail rather than skip", e);
        }
        try {
            return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(ARGS)));
        } catch (PlaywrightException e) {
            playwright.close();
            throw new AssertionError("Chromium could not start from " + executable
                    + "; browser tests fail rather than skip", e);
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** One browser for a test class: {@code @RegisterExtension static final Chromium.PerClass chromium}. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private Chromium chromium;

        @Override
        public void beforeAll(ExtensionContext context) {
            chromium = start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (chromium != null) {
                chromium.close();
            }
        }

        public Browser browser() {
            return chromium.browser();
        }
    }
}
