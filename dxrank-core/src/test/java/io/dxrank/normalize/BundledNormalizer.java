package io.dxrank.normalize;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One normalizer over the bundled catalog and national gazetteer for the tests that file real sentences: the gazetteer
 * (every unit before and after the 2025 reform) is read once per test run, not once per test class.
 */
final class BundledNormalizer {

    private static Normalizer shared;

    private BundledNormalizer() {
    }

    static synchronized Normalizer get() throws IOException {
        if (shared == null) {
            shared = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                    Gazetteer.load(Path.of("data/reference/gazetteer.csv")));
        }
        return shared;
    }
}
