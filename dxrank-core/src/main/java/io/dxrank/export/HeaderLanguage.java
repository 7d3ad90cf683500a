package io.dxrank.export;

import io.dxrank.core.Coded;

/** The language of the summary CSVs' header row: codes for machines (en), words for people (vi). */
public enum HeaderLanguage implements Coded {
    /** snake_case column names, as in every other CSV and the Parquet tables. */
    EN,
    /** Vietnamese column names ("Tên địa phương", "Hạng"), from the data dictionary's resource. */
    VI
}
