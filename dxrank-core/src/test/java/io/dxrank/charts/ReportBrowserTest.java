package io.dxrank.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens charts/index.html in headless Chromium (Debian's chromium package, installed by .ci/run): every image
 * loads, the console stays silent, and a screenshot lands in target/report-screenshot.png. Runs with -Pbrowser
 * (as .ci/run does); there a machine without Chromium fails this test with the command that installs it. The
 * default build checks the page in pure Java (ReportWriterTest).
 */
@Tag("browser")
class ReportBrowserTest {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path tmp;

    @Test
    void everyImageLoadsWithoutConsoleErrorsInHeadlessChromium() throws Exception {
        Path chromium = chromium();
        Path charts = tmp.resolve("charts");
        ReportWriter.Result result = ReportWriter.write(charts, ChartFormat.PNG, ChartFixtures.report());
        String url = result.index().toUri().toString();

        Browser dom = dumpDom(chromium, url);
        assertEquals("ok " + result.charts(), imageStatus(dom), "images that failed to load");
        assertEquals(List.of(), consoleMessages(dom), "console messages");
        assertTrue(dom.stdout().contains("&lt;script&gt;alert"), "hostile quote stays text in the live DOM");

        Path screenshot = Files.createDirectories(Path.of(System.getProperty("dxrank.module", "."), "target"))
                .resolve("report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        run(chromium, List.of("--hide-scrollbars", "--window-size=1200,2000", "--screenshot=" + screenshot, url));
        BufferedImage shot = ChartFixtures.readImage(screenshot);
        assertEquals(1200, shot.getWidth());
        assertTrue(ChartFixtures.ink(shot) > 0.05, "screenshot shows the page: " + ChartFixtures.inkSummary(shot));
    }

    @Test
    void theChecksCatchABrokenImageAndAConsoleError() throws Exception {
        // the same page script, a missing chart and a script error: proves the checks above can fail
        Path charts = tmp.resolve("broken");
        ReportWriter.Result result = ReportWriter.write(charts, ChartFormat.PNG, ChartFixtures.report());
        String html = Files.readString(result.index(), StandardCharsets.UTF_8)
                .replace("<script>", "<script>console.error('deliberate');\n");
        Files.writeString(result.index(), html, StandardCharsets.UTF_8);
        Files.delete(charts.resolve("heatmap_actual.png"));
        Browser dom = dumpDom(chromium(), result.index().toUri().toString());
        assertEquals("failed heatmap_actual.png", imageStatus(dom));
        assertEquals(1, consoleMessages(dom).size(), dom.stderr());
    }

    private record Browser(String stdout, String stderr) {
    }

    private Browser dumpDom(Path chromium, String url) throws IOException, InterruptedException {
        return run(chromium, List.of("--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
                "--dump-dom", url));
    }

    /** What the page's own script wrote on body once every image settled: "ok N" or "failed src...". */
    private static String imageStatus(Browser dom) {
        Matcher images = Pattern.compile("data-images=\"([^\"]*)\"").matcher(dom.stdout());
        assertTrue(images.find(), "no body element in the dumped DOM: " + dom.stderr());
        return images.group(1);
    }

    /** Chromium logs every console message (log, warn, error, uncaught exception) as INFO:CONSOLE on stderr. */
    private static List<String> consoleMessages(Browser dom) {
        return dom.stderr().lines().filter(l -> l.contains(":CONSOLE")).toList();
    }

    private Browser run(Path chromium, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(args);
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Browser(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        fail("Chromium is required for this test (CI=" + System.getenv("CI") + "); install it with "
                + "`apt-get update && apt-get install -y chromium` (.ci/run does this)");
        return null;
    }
}
