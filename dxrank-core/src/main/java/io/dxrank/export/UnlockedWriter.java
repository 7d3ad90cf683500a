package io.dxrank.export;

import java.io.IOException;
import java.io.Writer;

/**
 * A character buffer in front of a writer, for one thread: no lock per call. {@link java.io.BufferedWriter} takes
 * its lock for every character, and POI's sheet writer and commons-csv's printer write a character at a time (about
 * half of the workbook's Java time for 10,000 plans). The writer behind it encodes (and keeps a surrogate pair cut
 * between two flushes whole), so the bytes are a BufferedWriter's.
 */
final class UnlockedWriter extends Writer {
    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int used;

    UnlockedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len > buffer.length - used) {
            flushBuffer();
            if (len > buffer.length) {
                out.write(chars, off, len);
                return;
            }
        }
        System.arraycopy(chars, off, buffer, used, len);
        used += len;
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        if (len > buffer.length - used) {
            flushBuffer();
            if (len > buffer.length) {
                out.write(text, off, len);
                return;
            }
        }
        text.getChars(off, off + len, buffer, used);
        used += len;
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    private void flushBuffer() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
