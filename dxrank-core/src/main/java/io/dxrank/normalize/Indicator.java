package io.dxrank.normalize;

import java.io.Serializable;
import java.util.List;

/**
 * One catalog row: an indicator the analysts compare across localities.
 *
 * @param direction "higher" or "lower" is better
 * @param phrases   Vietnamese phrasings that identify the indicator in a plan sentence
 */
public record Indicator(String code, String nameVi, String nameEn, String pillar, String unit, String direction,
                        List<String> phrases, Double nationalTarget, Integer nationalTargetYear,
                        String nationalSource) implements Serializable {

    public static final String UNMAPPED = "unmapped";

    public boolean percent() {
        return "percent".equals(unit);
    }

    public boolean higherIsBetter() {
        return !"lower".equals(direction);
    }
}
