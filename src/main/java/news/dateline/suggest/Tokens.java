package news.dateline.suggest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a text into {@link Token}s with Lucene: {@code StandardTokenizer} (Unicode word boundaries, UAX #29, so
 * "Osceola" is one word and never "OSCE"), then {@code ASCIIFoldingFilter} and {@code LowerCaseFilter}. The filters
 * change the term, not the offsets, so a token keeps pointing at the original even where folding changes the length
 * ("Straße" folds to "strasse", "Æsir" to "aesir"). Dictionary forms and texts go through the same chain, so what
 * one folds to the other does too.
 */
final class Tokens {

    /** The ends of Markdown link and image targets, autolinks and bare URLs: words inside them are not the text. */
    private static final Pattern URLS = Pattern.compile(
            "\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)|<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*>|\\bhttps?://[^\\s)>\\]]+");

    /**
     * The chain, as an {@code Analyzer}: it keeps one tokenizer per thread and reuses it, where a new
     * {@code StandardTokenizer} per text would allocate its buffers anew (a dictionary build tokenizes some 200,000
     * forms).
     */
    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new ASCIIFoldingFilter(tokenizer)));
        }
    };

    private Tokens() {
    }

    /** The words of a plain text such as a dictionary form. */
    static List<Token> of(String text) {
        return tokenize(text, List.of());
    }

    /**
     * The words of a Markdown source, with offsets into that source: the text is tokenized as written, its markup
     * being punctuation to the tokenizer, except link and image targets and URLs, which are skipped.
     */
    static List<Token> ofMarkdown(String markdown) {
        List<int[]> skipped = new ArrayList<>();
        Matcher url = URLS.matcher(markdown);
        while (url.find()) {
            skipped.add(new int[] {url.start(), url.end()});
        }
        return tokenize(markdown, skipped);
    }

    private static List<Token> tokenize(String text, List<int[]> skipped) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 6));
        try (TokenStream stream = FOLDING.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int skip = 0;
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                while (skip < skipped.size() && skipped.get(skip)[1] <= start) {
                    skip++;
                }
                if (skip < skipped.size() && skipped.get(skip)[0] <= start) {
                    continue;
                }
                String folded = term.toString();
                // "OSCE's", "Lavrov’s": UAX #29 keeps the possessive in the word; the name is what comes before it.
                if (folded.length() > 2 && folded.endsWith("'s") && end - start > 2
                        && isApostrophe(text.charAt(end - 2))) {
                    folded = folded.substring(0, folded.length() - 2);
                    end -= 2;
                }
                tokens.add(new Token(folded, start, end, startsWithCapital(text, start), isAcronym(text, start, end)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return tokens;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean startsWithCapital(String text, int start) {
        int first = text.codePointAt(start);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    private static boolean isAcronym(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.') {
                return false;
            }
            i += Character.charCount(c);
        }
        return letters >= 2;
    }

    /** The folded words of a form joined by single spaces: the key a form is found by. */
    static String key(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        for (Token token : tokens) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(token.folded());
        }
        return key.toString();
    }
}
