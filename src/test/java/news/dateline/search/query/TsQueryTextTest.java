package news.dateline.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TsQueryTextTest {

    /** An English-like analysis: stop words vanish, "minister" stems, a phrase joins its words. */
    private static final Map<String, String> ANALYSIS = Map.of(
            "lavrov", "'lavrov'", "blinken", "'blinken'", "trump", "'trump'", "the", "", "not", "",
            "foreign minister", "'foreign' <-> 'minist'", "o'brien", "'o' <-> 'brien'", "it's", "'it''s'");

    private static TsQueryText.Compiled compile(String query) {
        return TsQueryText.compile(QueryParser.parse(query), leaf -> ANALYSIS.get(leaf instanceof Query.Term t
                ? t.text() : ((Query.Phrase) leaf).text()));
    }

    @Test
    void operatorsBecomeTsqueryOperatorsAndRankingDropsNegations() {
        TsQueryText.Compiled compiled = compile("lavrov AND blinken NOT trump");
        assertEquals("( 'lavrov' ) & ( 'blinken' ) & ( !( 'trump' ) )", compiled.match());
        assertEquals("( 'lavrov' ) & ( 'blinken' )", compiled.ranked());
        assertTrue(compiled.searchable());
        assertEquals("( 'lavrov' ) | ( ( 'blinken' ) & ( 'trump' ) )", compile("lavrov OR blinken trump").match());
    }

    @Test
    void scopesBecomeWeightLabels() {
        assertEquals("'lavrov':A", compile("title:lavrov").match());
        assertEquals("'foreign':C <-> 'minist':C", compile("body:\"foreign minister\"").match());
        assertEquals("'it''s':B", compile("summary:it's").match());
        assertTrue(compile("title:\"foreign minister\"").hasPhrase());
        assertFalse(compile("lavrov blinken").hasPhrase());
    }

    @Test
    void stopWordsDropOutAsPostgresqlDropsThem() {
        assertEquals("( 'lavrov' )", compile("lavrov the").match());
        assertEquals("( 'lavrov' )", compile("lavrov OR the").match());
        assertEquals("( 'lavrov' )", compile("lavrov -the").match());
        assertEquals("", compile("the OR -the").match());
        assertFalse(compile("the").searchable());
    }

    @Test
    void whatNoIndexCanNarrowDownIsNotSearchable() {
        assertEquals(TsQueryText.UNINDEXABLE, compile("-trump").ranked());
        assertFalse(compile("-trump").searchable());
        assertFalse(compile("lavrov OR -trump").searchable());
        assertFalse(compile("-lavrov -trump").searchable());
        assertTrue(compile("lavrov -trump").searchable());
        assertTrue(compile("-(lavrov OR trump) blinken").searchable());
    }
}
