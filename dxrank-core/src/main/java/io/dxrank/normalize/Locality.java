package io.dxrank.normalize;

import java.io.Serializable;

/** A gazetteer row (data/reference/localities.csv). Population and households may be null. */
public record Locality(String id, String name, String level, String parent, String province, Long population,
                       Long households) implements Serializable {
}
