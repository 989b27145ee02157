package news.dateline.language;

import java.util.List;
import java.util.function.Function;

/**
 * The localisations that answer for one tag or person: each field is taken from the first that gives it, else from
 * the base fields. A localisation that leaves a field out says "as in the next language" (a person's name is
 * usually the same in Albanian; only the title changes).
 *
 * @param language the language of the answer (the first localisation's, or the base language when none answers)
 * @param layers   the localisations that answer, most wanted first
 * @param asked    the language that was asked for
 */
public record Resolution<L>(String language, List<L> layers, String asked) {

    /** The field from the first localisation that gives it, else the base value. */
    public <V> V field(Function<L, V> getter, V base) {
        for (L layer : layers) {
            V value = getter.apply(layer);
            if (value != null) {
                return value;
            }
        }
        return base;
    }

    /** The language used, when it is not the one asked for (the {@code language} field of a view); else null. */
    public String fellBackTo() {
        return language.equals(asked) ? null : language;
    }
}
