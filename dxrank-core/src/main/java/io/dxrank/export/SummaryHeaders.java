package io.dxrank.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The header row of a summary CSV in the language asked for ({@code --csv-headers}). */
public final class SummaryHeaders {

    private static final Properties VI = load();

    private SummaryHeaders() {
    }

    /** The columns as written: codes for {@link HeaderLanguage#EN}; for VI, a column without a name fails. */
    public static List<String> of(List<String> columns, HeaderLanguage language) {
        if (language == HeaderLanguage.EN) {
            return columns;
        }
        List<String> out = new ArrayList<>(columns.size());
        for (String c : columns) {
            String name = VI.getProperty(c);
            if (name == null) {
                throw new IllegalStateException("no Vietnamese header for summary column " + c
                        + " in io/dxrank/export/summary_headers_vi.properties");
            }
            out.add(name);
        }
        return out;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SummaryHeaders.class.getResourceAsStream("summary_headers_vi.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
