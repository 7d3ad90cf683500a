package io.dxrank.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A choice an operator names in a flag or a job file (e.g. {@code minmax}): the enum's constants are the one
 * list of what is allowed, so parsing and the error message derive from it.
 * <pre>
 *   Normalization n = Coded.parse(Normalization.class, "goalpost", "normalization");
 * </pre>
 */
public interface Coded {

    /** The name operators write: the constant's name in lower case, '_' as '-'. */
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose code is {@code text} (case-insensitive, trimmed), or an error naming the choices. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String what) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "': use " + choices(type));
    }

    /** "a, b or c": the codes of a choice, for messages and help texts. */
    static <E extends Enum<E> & Coded> String choices(Class<E> type) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        return codes.size() == 1 ? codes.get(0)
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }
}
