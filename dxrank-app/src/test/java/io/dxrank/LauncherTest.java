package io.dxrank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher becomes the JVM (exec): the pid cron, systemd, Airflow or an operator sees is the run's, so
 * {@code kill -9} of it ends the run (and frees the lock) instead of leaving the JVM running on its own.
 */
class LauncherTest {

    @TempDir
    Path tmp;

    @Test
    void theLauncherExecsJavaUnderItsOwnPid() throws Exception {
        Process launcher = launch("#!/bin/sh\necho \"java pid $$\"\n", Map.of());
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, launcher.waitFor(), output);
        assertEquals("java pid " + launcher.pid(), output);
    }

    @Test
    void withoutAUtf8LocaleTheJvmStillGetsOneForVietnameseFileNames() throws Exception {
        String reportLocale = "#!/bin/sh\necho \"LC_ALL=$LC_ALL\"\n";
        Process cron = launch(reportLocale, Map.of()); // cron and systemd: LANG unset
        assertEquals("LC_ALL=C.UTF-8", new String(cron.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        Process vietnamese = launch(reportLocale, Map.of("LANG", "vi_VN.UTF-8"));
        assertEquals("LC_ALL=", new String(vietnamese.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim(),
                "a UTF-8 locale of the operator's is kept");
    }

    @Test
    void theFirstRunAfterABuildWritesAClassArchiveUnderItsPidAndLaterStartsMapIt() throws Exception {
        String reportArguments = "#!/bin/sh\necho \"$$ $*\"\n";
        Files.createDirectories(tmp.resolve("project/dxrank-app/target"));
        Files.writeString(tmp.resolve("project/dxrank-app/target/dxrank-app-0.1.0.jar"), "");
        Process first = launch(reportArguments, Map.of(), "run");
        String firstLine = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String pid = Long.toString(first.pid());
        assertTrue(firstLine.contains("-XX:ArchiveClassesAtExit=dxrank-app/target/dxrank.jsa." + pid + ".part"), firstLine);
        assertTrue(firstLine.contains("dxrank-app/target/dxrank-app-0.1.0.jar:none.jar"), firstLine);

        // written after the jars and the class path (each launch here writes the stand-in project again)
        Path archive = Files.writeString(tmp.resolve("project/dxrank-app/target/dxrank.jsa"), "an archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)));
        Process later = launch(reportArguments, Map.of(), "run");
        String laterLine = new String(later.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(laterLine.contains("-XX:SharedArchiveFile=dxrank-app/target/dxrank.jsa"), laterLine);

        Process off = launch(reportArguments, Map.of("DXRANK_CDS", "off"), "run");
        String offLine = new String(off.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(!offLine.contains("-XX:SharedArchiveFile") && !offLine.contains("ArchiveClassesAtExit"), offLine);
    }

    private Process launch(String fakeJava, Map<String, String> env) throws Exception {
        return launch(fakeJava, env, "job", "list");
    }

    /** Runs the launcher of a built stand-in project with a stand-in java; the locale variables come from env. */
    private Process launch(String fakeJava, Map<String, String> env, String... arguments) throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.copy(Path.of("dxrank"), project.resolve("dxrank"), StandardCopyOption.REPLACE_EXISTING);
        Path[] sources = {Files.createDirectories(project.resolve("dxrank-core/src/main")),
                Files.createDirectories(project.resolve("dxrank-app/src/main")),
                Files.writeString(project.resolve("pom.xml"), "<project/>"),
                Files.writeString(project.resolve("dxrank-core/pom.xml"), "<project/>"),
                Files.writeString(project.resolve("dxrank-app/pom.xml"), "<project/>")};
        Path target = Files.createDirectories(project.resolve("dxrank-app/target/classes"));
        Files.writeString(target.resolve("dxrank-jvm.options"), "-Dsome.option=1\n");
        Files.writeString(project.resolve("dxrank-app/target/classpath.txt"), "none.jar");
        FileTime past = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        for (Path p : sources) {
            Files.setLastModifiedTime(p, past);
        }
        Files.writeString(project.resolve("dxrank-app/target/.dxrank-build"), ""); // built: no Maven
        // a stand-in java that reports its pid
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), fakeJava);
        assertTrue(java.toFile().setExecutable(true));

        List<String> command = new ArrayList<>(List.of("bash", project.resolve("dxrank").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        for (String locale : List.of("LANG", "LC_ALL", "LC_CTYPE")) {
            pb.environment().remove(locale);
        }
        pb.environment().putAll(env);
        return pb.start();
    }
}
