package io.dxrank.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic country: provinces of 8 to 14 districts (huyện, thị xã, thành phố), each of 8 to 20 communes
 * (xã, phường, thị trấn), cut off once the requested number of localities is reached. Deterministic for a seed.
 */
final class Hierarchy {

    private Hierarchy() {
    }

    static List<SyntheticLocality> build(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("Cannot build a hierarchy of " + count + " localities");
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        VietNames provinceNames = new VietNames();
        List<SyntheticLocality> out = new ArrayList<>(count);
        while (out.size() < count) {
            String provinceName = provinceNames.next(random);
            VietNames names = new VietNames();
            names.reserve(provinceName);
            SyntheticLocality province = new SyntheticLocality(out.size(),
                    SyntheticLocality.idOf(provinceName, null, "tinh", provinceName), "tinh", provinceName, null,
                    provinceName, 600_000 + random.nextInt(2_400_000));
            out.add(province);
            int districts = 8 + random.nextInt(7);
            for (int d = 0; d < districts && out.size() < count; d++) {
                int roll = random.nextInt(100);
                String level = roll < 74 ? "huyen" : roll < 88 ? "thi_xa" : "thanh_pho";
                String districtName = names.next(random);
                SyntheticLocality district = new SyntheticLocality(out.size(),
                        SyntheticLocality.idOf(provinceName, null, level, districtName), level, districtName, null,
                        provinceName, 60_000 + random.nextInt(240_000));
                out.add(district);
                int communes = 8 + random.nextInt(13);
                for (int c = 0; c < communes && out.size() < count; c++) {
                    String communeLevel = communeLevel(level, c, random);
                    String communeName = names.next(random);
                    out.add(new SyntheticLocality(out.size(),
                            SyntheticLocality.idOf(provinceName, district.fullName(), communeLevel, communeName),
                            communeLevel, communeName, district, provinceName, 3_000 + random.nextInt(22_000)));
                }
            }
        }
        return out;
    }

    /** Towns and cities are mostly wards; a rural district has one township and the rest communes. */
    private static String communeLevel(String districtLevel, int position, SplittableRandom random) {
        if (!districtLevel.equals("huyen")) {
            return random.nextInt(100) < 70 ? "phuong" : "xa";
        }
        return position == 0 ? "thi_tran" : "xa";
    }
}
