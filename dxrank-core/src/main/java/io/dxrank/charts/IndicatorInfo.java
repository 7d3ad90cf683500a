package io.dxrank.charts;

/**
 * A catalog indicator as the report shows it, with how many plans report it.
 *
 * @param nationalTarget the national target from the catalog, null when none
 */
public record IndicatorInfo(String code, String name, String pillar, String unit, Double nationalTarget,
                            long plans) {
}
