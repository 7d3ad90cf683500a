package io.dxrank.bench;

import java.util.SplittableRandom;

/** Who writes the plan and for which year: fills the {loc}, {parent}, {province}, {ref}, {date} slots of prose. */
record PlanContext(SyntheticLocality locality, int year) {

    /** The body the plan answers to: the district's committee for a commune, the province's for a district. */
    String parentOrg() {
        if (locality.isProvince()) {
            return "Thủ tướng Chính phủ";
        }
        return "UBND " + (locality.isCommune() ? locality.parent().fullName() : "tỉnh " + locality.province());
    }

    String fill(String template, SplittableRandom r) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        return template.replace("{loc}", locality.fullName())
                .replace("{parent}", locality.isCommune() ? locality.parent().fullName() : "tỉnh " + locality.province())
                .replace("{province}", "tỉnh " + locality.province())
                .replace("{ref}", Integer.toString(1 + r.nextInt(950)))
                .replace("{date}", date(r, year - 1))
                .replace("{period}", year <= 2025 ? "2021-2025" : "2026-2030");
    }

    static String date(SplittableRandom r, int year) {
        return (1 + r.nextInt(28)) + "/" + (1 + r.nextInt(12)) + "/" + year;
    }
}
