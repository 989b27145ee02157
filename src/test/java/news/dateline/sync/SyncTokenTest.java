package news.dateline.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import news.dateline.web.problem.ProblemException;

/** Tokens decode to the position they were issued for, and nothing else passes for one. */
class SyncTokenTest {

    @Property
    void aTokenDecodesToItsPosition(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 10) long seq) {
        String token = SyncToken.encode(seq);
        assertEquals(seq, SyncToken.decode(token));
        assertTrue(token.length() <= SyncToken.MAX_LENGTH);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    }

    @Property
    void anythingElseIsRefusedAsABadSince(@ForAll String text) {
        String asToken = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        for (String candidate : new String[] {text, asToken}) {
            if (candidate.isEmpty() || isIssued(candidate)) {
                continue; // the rare string that is a token
            }
            ProblemException refused = assertThrows(ProblemException.class, () -> SyncToken.decode(candidate));
            assertEquals(400, refused.kind().status());
        }
    }

    private static boolean isIssued(String candidate) {
        try {
            return SyncToken.encode(SyncToken.decode(candidate)).equals(candidate);
        } catch (ProblemException e) {
            return false;
        }
    }
}
