package news.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Search highlights become HTML with {@code <mark>} around the hits, everything else escaped and always balanced. */
class HighlightsTest {

    private static final char START = Highlights.START;
    private static final char STOP = Highlights.STOP;

    @Test
    void hitsBecomeMarks() {
        assertEquals("Russian Foreign Minister Sergei <mark>Lavrov</mark> and U.S. Secretary of State",
                Highlights.toHtml("Russian Foreign Minister Sergei " + START + "Lavrov" + STOP
                        + " and U.S. Secretary of State"));
    }

    @Test
    void everythingElseIsEscaped() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; AT&amp;T&#39;s <mark>&lt;b&gt;</mark>",
                Highlights.toHtml("<script>alert(\"x\")</script> AT&T's " + START + "<b>" + STOP));
    }

    @Test
    void textWithoutHitsIsOnlyEscaped() {
        assertEquals("OSCE &amp; NATO", Highlights.toHtml("OSCE & NATO"));
        assertEquals("", Highlights.toHtml(""));
        assertNull(Highlights.toHtml(null));
    }

    @Test
    void whitespaceCollapsesToSingleSpacesAndIsTrimmed() {
        assertEquals("The <mark>ministerial</mark> in <mark>Malta</mark> ... Feridun Sinirlioğlu",
                Highlights.toHtml("\n  The " + START + "ministerial" + STOP + "\tin\n\n" + START + "Malta" + STOP
                        + " ...  Feridun\u00a0Sinirlioğlu \n"));
    }

    @Test
    void strayMarkersNeverUnbalanceTheMarks() {
        // Markers from the text itself rather than from the database: the output still nests properly.
        assertEquals("a <mark>b c</mark>", Highlights.toHtml("a " + START + "b c")); // never closed
        assertEquals("a b", Highlights.toHtml("a " + STOP + "b"));
        assertEquals("<mark>a</mark> b", Highlights.toHtml(START + "a" + STOP + STOP + " b"));
        assertEquals("<mark>ab</mark>", Highlights.toHtml(START + "a" + START + "b" + STOP));
    }

    @Test
    void emptyHitsLeaveNoEmptyMarks() {
        assertEquals("a b", Highlights.toHtml("a " + START + STOP + "b"));
        assertEquals("a", Highlights.toHtml("a" + START));
    }

    @Test
    void otherControlCharactersAreDropped() {
        assertEquals("ab", Highlights.toHtml("a\u0000\u0007\u007fb"));
    }
}
