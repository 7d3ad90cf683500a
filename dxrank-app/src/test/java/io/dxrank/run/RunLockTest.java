package io.dxrank.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path out;

    @Test
    void aSecondRunIsRefusedUntilTheFirstEnds() throws Exception {
        try (RunLock first = RunLock.acquire(out)) {
            RunLock.LockedException e = assertThrows(RunLock.LockedException.class, () -> RunLock.acquire(out));
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        try (RunLock again = RunLock.acquire(out)) {
            assertTrue(Files.exists(out.resolve(".dxrank.lock")));
        }
    }

    @Test
    void aLeftoverLockFileOfADeadRunIsTakenOver() throws Exception {
        Files.writeString(out.resolve(".dxrank.lock"), "pid 999999");
        try (RunLock lock = RunLock.acquire(out)) {
            // the dead run's pid is replaced by this one's (the leftover also started with "pid ")
            assertEquals("pid " + ProcessHandle.current().pid(), Files.readString(out.resolve(".dxrank.lock")).trim());
        }
    }
}
