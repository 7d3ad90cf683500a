package io.dxrank.charts;

/** A locality's rank in an earlier and a later year (same indicator or composite, kind and level group). */
public record RankChange(String localityId, String localityName, int rankBefore, int rankAfter) {
}
