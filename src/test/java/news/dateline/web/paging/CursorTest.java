package news.dateline.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import news.dateline.web.problem.FieldError;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A cursor reads back as exactly what was issued; one edited, cut short or from another query is a 400 on cursor. */
class CursorTest {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Property
    void anyCursorDecodesToWhatWasEncoded(@ForAll("cursors") Cursor cursor) {
        assertEquals(cursor, Cursor.decode(cursor.encode(), cursor.scope()));
    }

    /*
     * Any edit must be refused, with one exception: the last character of unpadded Base64 carries bits a decoder
     * ignores, so an edit there can spell the very same bytes, which is the issued cursor itself, not a forgery.
     * Without the checksum check, edits of the key, the id or the direction read as another position and this
     * property fails.
     */
    @Property(tries = 3000)
    void anEditedCursorIsRejectedUnlessItDecodesToTheSameBytes(@ForAll("cursors") Cursor issued,
            @ForAll("edits") Edit edit) {
        String encoded = issued.encode();
        String edited = edit.applyTo(encoded);
        Assume.that(!edited.equals(encoded));

        Cursor read;
        try {
            read = Cursor.decode(edited, issued.scope());
        } catch (ProblemException e) {
            assertRejectedAsCursor(e);
            return;
        }
        assertEquals(issued, read, () -> edited + " was read as " + read);
    }

    @Test
    void aCursorFromAnotherQueryIsRejected() {
        String cursor = Cursor.after("a", UUID.randomUUID(), "scope").encode();
        assertRejectedAsCursor(() -> Cursor.decode(cursor, "other-scope"));
    }

    @Test
    void textThatIsNotACursorIsRejected() {
        String cursor = Cursor.after("a", UUID.randomUUID(), "scope").encode();
        for (String bad : List.of("", "x", "!!!", "MQ", cursor.substring(0, cursor.length() - 3))) {
            assertRejectedAsCursor(() -> Cursor.decode(bad, "scope"));
        }
    }

    @Test
    void aKeyHoldingU0000IsRejected() {
        // PostgreSQL cannot compare text with NUL in it, so no sort key can hold one.
        String cursor = Cursor.after("a\u0000b", UUID.randomUUID(), "scope").encode();
        assertRejectedAsCursor(() -> Cursor.decode(cursor, "scope"));
    }

    private static void assertRejectedAsCursor(Executable decode) {
        assertRejectedAsCursor(assertThrows(ProblemException.class, decode));
    }

    private static void assertRejectedAsCursor(ProblemException e) {
        assertEquals(ProblemKind.BAD_REQUEST, e.kind());
        assertEquals(List.of("cursor"), e.errors().stream().map(FieldError::field).toList());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generators

    @Provide
    Arbitrary<Cursor> cursors() {
        Arbitrary<UUID> ids = Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
        // A key is any text without U+0000 (newlines and '=' included), or none at all; a scope has no newline.
        Arbitrary<String> keys = text(0).injectNull(0.2);
        Arbitrary<String> scopes = text('\n');
        return Combinators.combine(Arbitraries.of(true, false), keys, ids, scopes).as(Cursor::new);
    }

    @Provide
    Arbitrary<Edit> edits() {
        // Mostly Base64url characters, so most edits still decode as Base64 and reach the checks behind it.
        Arbitrary<String> inserted = Arbitraries.strings().withChars(BASE64URL + "=+/ .%é")
                .ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(Arbitraries.of(Change.class), Arbitraries.integers().between(0, 10_000), inserted)
                .as(Edit::new);
    }

    /** Valid Unicode text without one code point; no lone surrogates, as sort keys come from PostgreSQL's UTF-8. */
    private static Arbitrary<String> text(int excluded) {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(2, Arbitraries.of(0, (int) '\n', (int) '\r', (int) '\t', (int) '=')),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xffff)
                        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)));
        return codePoints.filter(cp -> cp != excluded).list().ofMaxSize(40)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    enum Change { REPLACE, INSERT, DELETE, TRUNCATE, APPEND }

    /** One hand edit of an encoded cursor, at {@code at} modulo its length; REPLACE puts in the first character. */
    record Edit(Change change, int at, String text) {

        String applyTo(String cursor) {
            int i = Math.floorMod(at, cursor.length());
            return switch (change) {
                case REPLACE -> cursor.substring(0, i) + text.charAt(0) + cursor.substring(i + 1);
                case INSERT -> cursor.substring(0, i) + text + cursor.substring(i);
                case DELETE -> cursor.substring(0, i) + cursor.substring(i + 1);
                case TRUNCATE -> cursor.substring(0, i);
                case APPEND -> cursor + text;
            };
        }
    }
}
