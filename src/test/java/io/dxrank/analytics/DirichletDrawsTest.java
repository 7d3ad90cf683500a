package io.dxrank.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.core.Pillar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirichletDrawsTest {

    private static final Map<Pillar, Double> BASE = Map.of(Pillar.values()[0], 0.5, Pillar.values()[1], 0.3,
            Pillar.values()[2], 0.2);

    @Test
    void drawsSumToOneKeepZeroPillarsAndCentreOnBase() {
        List<Map<Pillar, Double>> draws = DirichletDraws.draw(BASE, 2000, 50, 7);
        assertEquals(2000, draws.size());
        double mean0 = 0;
        for (Map<Pillar, Double> d : draws) {
            double sum = d.values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1.0, sum, 1e-9);
            assertEquals(0.0, d.get(Pillar.values()[3]), 0.0);
            assertTrue(d.get(Pillar.values()[0]) > 0);
            mean0 += d.get(Pillar.values()[0]) / draws.size();
        }
        // Dirichlet mean equals the base weight; sd of the mean here is about 0.0016
        assertEquals(0.5, mean0, 0.01);
    }

    @Test
    void sameSeedGivesSameDraws() {
        assertEquals(DirichletDraws.draw(BASE, 50, 50, 3), DirichletDraws.draw(BASE, 50, 50, 3));
        assertTrue(!DirichletDraws.draw(BASE, 5, 50, 3).equals(DirichletDraws.draw(BASE, 5, 50, 4)));
    }

    @Test
    void rejectsNonsenseArguments() {
        assertThrows(IllegalArgumentException.class, () -> DirichletDraws.draw(BASE, 0, 50, 1));
        assertThrows(IllegalArgumentException.class, () -> DirichletDraws.draw(BASE, 10, 0, 1));
    }
}
