package news.dateline.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which changes make a cached response stale, judged by the surrogate keys it carries. */
class ShownTest {

    private static final String A = "article:0193a3c4-0000-7000-8000-000000000001";
    private static final String B = "article:0193a3c4-0000-7000-8000-000000000002";
    private static final String T = "tag:0193a3c4-0000-7000-8000-000000000003";
    private static final String P = "person:0193a3c4-0000-7000-8000-000000000004";

    @Test
    void anArticleViewGoesWhenItOrAnythingItEmbedsChanges() {
        Shown article = Shown.of(A + " " + T + " " + P);
        assertTrue(article.staleAfter(Set.of(A)));
        assertTrue(article.staleAfter(Set.of(T)));
        assertTrue(article.staleAfter(Set.of(P)));
        assertFalse(article.staleAfter(Set.of(B)), "another article's change leaves it alone");
    }

    @Test
    void listsAndSearchesGoWithAnyChange() {
        assertTrue(Shown.of("articles " + A).staleAfter(Set.of(B)));
        assertTrue(Shown.of("search").staleAfter(Set.of(T)));
    }

    @Test
    void aTagOrPersonViewGoesWithAnyArticleChangeForItsCount() {
        assertTrue(Shown.of(T).staleAfter(Set.of(B)));
        assertTrue(Shown.of(P).staleAfter(Set.of(A)));
        assertFalse(Shown.of(T).staleAfter(Set.of(P)), "another person's change leaves a tag alone");
    }

    @Test
    void aResponseThatNamesNothingGoesWithAnyChange() {
        assertTrue(Shown.of(null).staleAfter(Set.of(A)));
        assertTrue(Shown.of(" ").staleAfter(Set.of(T)));
    }
}
