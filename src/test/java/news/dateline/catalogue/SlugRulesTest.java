package news.dateline.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import news.dateline.content.Slugs;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;
import org.junit.jupiter.api.Test;

/** How a tag, person or article gets its slug: given, kept or made from the name, and what a taken one means. */
class SlugRulesTest {

    @Test
    void aGivenSlugWinsThenTheCurrentOneThenTheName() {
        assertEquals("given", SlugRules.resolve("given", "current", "Some Name", s -> false, ResourceKind.TAG));
        assertEquals("current", SlugRules.resolve(null, "current", "Some Name", s -> false, ResourceKind.TAG));
        assertEquals("feridun-sinirlioglu",
                SlugRules.resolve(null, null, "Feridun Sinirlioğlu", s -> false, ResourceKind.PERSON));
    }

    @Test
    void aTakenSlugIsAConflict() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> SlugRules.resolve(null, null, "OSCE", Set.of("osce")::contains, ResourceKind.TAG));
        assertEquals(ProblemKind.CONFLICT, e.kind());
    }

    @Test
    void aNameWithNothingToSlugIsInvalid() {
        assertEquals(ProblemKind.VALIDATION_FAILED, assertThrows(ProblemException.class,
                () -> SlugRules.resolve(null, null, "!!!", s -> false, ResourceKind.TAG)).kind());
    }

    @Test
    void generatedSlugsAreNumberedWhenTaken() {
        Set<String> taken = Set.of("live-updates", "live-updates-2");
        assertEquals("live-updates-3",
                SlugRules.resolveNumbered(null, null, "Live updates", taken::contains, ResourceKind.ARTICLE));
        assertThrows(ProblemException.class, () -> SlugRules.resolveNumbered("live-updates", null, "Live updates",
                taken::contains, ResourceKind.ARTICLE));
    }

    @Test
    void numberedSlugsStayWithinTheLimit() {
        String longTitle = "word ".repeat(60);
        String base = Slugs.slugify(longTitle);
        String numbered = SlugRules.resolveNumbered(null, null, longTitle, base::equals, ResourceKind.ARTICLE);
        assertTrue(Slugs.isValid(numbered), numbered);
        assertTrue(numbered.endsWith("-2"), numbered);
    }
}
