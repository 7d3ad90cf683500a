package io.dxrank.core;

import java.util.Locale;

/** The ten pillars of the national digital-transformation frame (Decision 749/QĐ-TTg and the DTI index). */
public enum Pillar {
    AWARENESS, INSTITUTION, INFRASTRUCTURE, DATA, PLATFORM, WORKFORCE, SECURITY, GOVERNMENT, ECONOMY, SOCIETY;

    /** Lower-case code as written in the catalog and the CSVs, e.g. {@code government}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a catalog code; null for blank or unknown. */
    public static Pillar fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Pillar p : values()) {
            if (p.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
