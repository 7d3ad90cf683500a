package io.dxrank.run;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system, setting permissions in the JVM. Without Hadoop's native library (never shipped
 * with dxrank) the stock one starts a {@code chmod} process for every folder it creates: about 155 processes in a
 * run of six files, each a fork of a multi-GB JVM, many of them while a Parquet write's job waits. The permission
 * set is the same; only the way it is set differs.
 */
public final class ForklessLocalFileSystem extends LocalFileSystem {

    public ForklessLocalFileSystem() {
        super(new Raw());
    }

    /** The raw file system under the checksums: {@link #setPermission} without a process. */
    static final class Raw extends RawLocalFileSystem {

        private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            // a sticky bit or a file system without POSIX permissions: as Hadoop does it
            if (!POSIX || permission.getStickyBit()) {
                super.setPermission(p, permission);
                return;
            }
            Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(unixSymbols(permission)));
        }

        /** "rwxr-xr-x": the user, group and other actions as {@code ls -l} prints them. */
        static String unixSymbols(FsPermission permission) {
            return permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL
                    + permission.getOtherAction().SYMBOL;
        }
    }
}
