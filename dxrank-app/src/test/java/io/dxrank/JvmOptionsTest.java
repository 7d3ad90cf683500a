package io.dxrank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The --add-opens list lives in the POM; .mvn/jvm.config must say the same, and the launcher reads the POM's. */
class JvmOptionsTest {

    @Test
    void mavenJvmConfigMatchesThePomProperty() throws Exception {
        String fromPom = new String(getClass().getResourceAsStream("/dxrank-jvm.options").readAllBytes(),
                StandardCharsets.UTF_8).trim();
        String jvmConfig = Files.readString(Path.of(".mvn/jvm.config")).trim();
        assertTrue(fromPom.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), fromPom);
        assertEquals(fromPom, jvmConfig);
    }

    @Test
    void launcherUsesTheGeneratedOptions() throws Exception {
        assertTrue(Files.readString(Path.of("dxrank")).contains("dxrank-app/target/classes/dxrank-jvm.options"));
    }
}
