package news.dateline.cache;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What a cached response shows, read from its {@code Surrogate-Key} header, and which changes make it stale.
 *
 * @param surrogateKeys the response's surrogate keys, the resource it is about first ("article:…", "tag:…"); a key
 *                      without a colon names a collection ("articles", "search")
 */
record Shown(List<String> surrogateKeys) {

    /** @param header the {@code Surrogate-Key} header, null when the response had none */
    static Shown of(String header) {
        return new Shown(header == null || header.isBlank() ? List.of() : Arrays.asList(header.strip().split(" +")));
    }

    /**
     * Whether a change to these resources ({@code article:<id>}, {@code tag:<id>}, {@code person:<id>}) can alter
     * this response: any list or search can gain, lose or reorder items; a response that shows a changed resource
     * shows it changed; and a tag's or person's own view counts published articles, which any article change may move.
     * A response that names nothing is treated as showing everything.
     */
    boolean staleAfter(Set<String> changed) {
        if (surrogateKeys.isEmpty() || surrogateKeys.stream().anyMatch(key -> key.indexOf(':') < 0)
                || !Collections.disjoint(surrogateKeys, changed)) {
            return true;
        }
        boolean articleChanged = changed.stream().anyMatch(key -> key.startsWith("article:"));
        return articleChanged && !surrogateKeys.get(0).startsWith("article:");
    }
}
