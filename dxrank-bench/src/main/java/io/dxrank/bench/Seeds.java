package io.dxrank.bench;

import java.nio.charset.StandardCharsets;

/** Derives independent, reproducible random seeds from the run's seed and names (FNV-1a, then SplitMix). */
final class Seeds {

    private Seeds() {
    }

    static long mix(long seed, String... parts) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (String p : parts) {
            for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
                h ^= b;
                h *= 0x100000001b3L;
            }
            h ^= 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
