package io.dxrank.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForklessLocalFileSystemTest {

    @TempDir
    File dir;

    @Test
    void permissionsAreWrittenAsHadoopWritesThem() throws Exception {
        Configuration conf = new Configuration(false);
        conf.set("fs.file.impl", ForklessLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        File made = new File(dir, "a/b");
        try (FileSystem fs = FileSystem.get(dir.toURI(), conf)) {
            assertTrue(fs instanceof ForklessLocalFileSystem);
            Path nested = new Path(made.toURI());
            // Hadoop's umask (022) applies, not the process's: the folders are rwxr-xr-x as chmod 0755 left them
            assertTrue(fs.mkdirs(nested));
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(made.toPath())));
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(made.getParentFile().toPath())));
            fs.setPermission(nested, new FsPermission((short) 0750));
            assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(made.toPath())));
        }
    }

    @Test
    void symbolsAreUserGroupOther() {
        assertEquals("rw-r-----", ForklessLocalFileSystem.Raw.unixSymbols(new FsPermission((short) 0640)));
        assertEquals("rwx--x-w-", ForklessLocalFileSystem.Raw.unixSymbols(new FsPermission((short) 0712)));
    }
}
