package io.dxrank.run;

import java.nio.channels.OverlappingFileLockException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output folder: an OS file lock on {@code <out>/.dxrank.lock}. The operating system
 * releases it when the holder dies (even by kill -9), so a stale lock file is simply taken over.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link LockedException} naming the holder. */
    public static RunLock acquire(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(".dxrank.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new LockedException("another dxrank run holds " + file + (holder.isEmpty() ? "" : " (" + holder + ")"));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        return new RunLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** The output folder is in use by another run (exit code 3). */
    public static final class LockedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public LockedException(String message) {
            super(message);
        }
    }
}
