package news.dateline.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import news.dateline.web.problem.ProblemException;

/**
 * The opaque position a client resumes the change stream from: the last change log sequence number it has seen.
 * Opaque so that the server may change what it holds; a client only stores it and sends it back as {@code since}.
 */
final class SyncToken {

    private static final String PREFIX = "c1:";
    /** The longest token this server issues, with room to spare; anything longer is not one. */
    static final int MAX_LENGTH = 64;

    private SyncToken() {
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a token holds; anything this server did not issue is a 400 naming {@code since}. */
    static long decode(String token) {
        if (token.length() > MAX_LENGTH) {
            throw malformed();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (!text.startsWith(PREFIX) || !text.substring(PREFIX.length()).matches("0|[1-9][0-9]{0,17}")) {
            throw malformed();
        }
        return Long.parseLong(text.substring(PREFIX.length()));
    }

    private static ProblemException malformed() {
        return ProblemException.badParameter("since",
                "is not a token this server issued: send back the 'next' of a previous answer, or leave it out to start from the beginning");
    }
}
