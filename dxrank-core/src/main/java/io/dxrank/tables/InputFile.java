package io.dxrank.tables;

import io.dxrank.extract.DocumentReader;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;


/** Any input file: .csv, .xlsx and .xls are indicator tables, everything else a plan document. */
public final class InputFile {

    private InputFile() {
    }

    public static ExtractionResult extract(String sourceFile, byte[] bytes) {
        return extract(sourceFile, bytes, TableMapping.NONE);
    }

    public static ExtractionResult extract(String sourceFile, byte[] bytes, TableMapping mapping) {
        String format = DocumentReader.formatOf(sourceFile);
        return TableReader.isTable(format) ? TableExtractor.extract(sourceFile, bytes, mapping)
                : PlanExtractor.extract(sourceFile, bytes);
    }
}
