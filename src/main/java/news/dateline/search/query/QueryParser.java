package news.dateline.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses what a reader types into {@code q} into a {@link Query}, or throws a {@link QuerySyntaxException} naming
 * the position of the first error. The grammar (also in the README and {@code openapi.yaml}):
 *
 * <pre>
 * query   = or
 * or      = and { "OR" and }
 * and     = unary { [ "AND" ] unary }          adjacent units are ANDed
 * unary   = { "NOT" | "-" } primary            "-" written right before what it negates
 * primary = [ scope ":" ] ( word | phrase | "(" or ")" )
 * scope   = "title" | "summary" | "body"       right before what it scopes, no space
 * phrase  = '"' { any character but '"' } '"'
 * word    = a run of characters other than whitespace, '(', ')' and '"', and other than AND, OR, NOT
 * </pre>
 *
 * NOT binds tighter than AND, AND tighter than OR: {@code a OR b c} is {@code a OR (b AND c)}, {@code NOT a b} is
 * {@code (NOT a) AND b}. Operators are upper case only, as on the Guardian's API: a lower-case {@code or}, {@code and}
 * or {@code not} is a word. A {@code -} followed by whitespace, a {@code )} or the end is a word too (punctuation,
 * which the analysis drops), as is anything with a colon that is no scope ({@code 10:30}).
 *
 * <p>Bounded: at most {@link #MAX_TERMS} words and phrases and groups nested at most {@link #MAX_DEPTH} deep. The
 * parser reads the text once, left to right; it recurses only into groups, and not past {@link #MAX_DEPTH}, so no
 * input can exhaust the stack or make it slow.
 */
public final class QueryParser {

    /** Words and phrases a query may hold: each is a lookup in the full-text index. */
    public static final int MAX_TERMS = 32;
    /** How deep groups may nest. */
    public static final int MAX_DEPTH = 8;

    private enum Kind { WORD, PHRASE, SCOPE, OPEN, CLOSE, AND, OR, NOT, MINUS, END }

    /** A token and the code point it starts at; {@code text} is the word, the phrase or the scope's prefix. */
    private record Token(Kind kind, String text, int at) {
    }

    private final List<Token> tokens;
    private int next;
    private int terms;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The query {@code text} means; positions in errors count code points from the start of {@code text}. */
    public static Query parse(String text) {
        QueryParser parser = new QueryParser(tokens(text.codePoints().toArray()));
        Query query = parser.or(0, Scope.ANYWHERE);
        Token stray = parser.peek();
        if (stray.kind() == Kind.CLOSE) {
            throw new QuerySyntaxException("')' at position " + stray.at() + " closes no group", stray.at());
        }
        return query;
    }

    private Query or(int depth, Scope scope) {
        List<Query> operands = new ArrayList<>();
        operands.add(and(depth, scope));
        while (peek().kind() == Kind.OR) {
            Token or = take();
            requireOperand(or);
            operands.add(and(depth, scope));
        }
        return Query.or(operands);
    }

    private Query and(int depth, Scope scope) {
        List<Query> operands = new ArrayList<>();
        operands.add(unary(depth, scope));
        while (true) {
            Kind kind = peek().kind();
            if (kind == Kind.AND) {
                requireOperand(take());
            } else if (!startsUnary(kind)) {
                return Query.and(operands);
            }
            operands.add(unary(depth, scope));
        }
    }

    /** Negations are counted in a loop, not by recursion: a thousand NOTs cost a thousand steps. */
    private Query unary(int depth, Scope scope) {
        boolean negated = false;
        while (peek().kind() == Kind.NOT || peek().kind() == Kind.MINUS) {
            requireOperand(take());
            negated = !negated;
        }
        Query primary = primary(depth, scope);
        return negated ? Query.not(primary) : primary;
    }

    private Query primary(int depth, Scope scope) {
        Token token = take();
        switch (token.kind()) {
            case SCOPE -> {
                if (scope != Scope.ANYWHERE) {
                    throw error("'" + token.text() + ":' at position " + token.at() + " is inside '"
                            + scope.prefix() + ":'; a scope cannot hold another", token);
                }
                Kind scoped = peek().kind();
                if (scoped != Kind.WORD && scoped != Kind.PHRASE && scoped != Kind.OPEN) {
                    throw error("'" + token.text() + ":' at position " + token.at()
                            + " must be followed right after the colon by a word, a \"phrase\" or a (group)", token);
                }
                return primary(depth, Scope.named(token.text()).orElseThrow());
            }
            case WORD -> {
                count(token);
                return new Query.Term(token.text(), scope);
            }
            case PHRASE -> {
                count(token);
                return new Query.Phrase(token.text(), scope);
            }
            case OPEN -> {
                if (depth >= MAX_DEPTH) {
                    throw error("groups nest deeper than " + MAX_DEPTH + " at position " + token.at(), token);
                }
                if (peek().kind() == Kind.CLOSE) {
                    throw error("the group at position " + token.at() + " is empty", token);
                }
                Query inside = or(depth + 1, scope);
                if (peek().kind() != Kind.CLOSE) {
                    throw error("'(' at position " + token.at() + " is never closed", token);
                }
                take();
                return inside;
            }
            case CLOSE -> throw error("')' at position " + token.at() + " closes no group", token);
            case AND, OR -> throw error("'" + token.kind() + "' at position " + token.at()
                    + " has nothing before it", token);
            default -> throw error("the query ends where a word, a \"phrase\" or a (group) was expected", token);
        }
    }

    /** An operator must be followed by something it can apply to. */
    private void requireOperand(Token operator) {
        Kind following = peek().kind();
        if (!startsUnary(following)) {
            String name = operator.kind() == Kind.MINUS ? "-" : operator.kind().toString();
            throw error("'" + name + "' at position " + operator.at() + " has nothing after it to apply to",
                    operator);
        }
    }

    private static boolean startsUnary(Kind kind) {
        return switch (kind) {
            case WORD, PHRASE, SCOPE, OPEN, NOT, MINUS -> true;
            default -> false;
        };
    }

    private void count(Token leaf) {
        if (++terms > MAX_TERMS) {
            throw error("more than " + MAX_TERMS + " words and phrases: the one at position " + leaf.at()
                    + " is one too many", leaf);
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private static QuerySyntaxException error(String message, Token token) {
        return new QuerySyntaxException(message, token.at());
    }

    /** Splits the text into tokens, ending with {@code END}; unterminated quotes and empty phrases fail here. */
    private static List<Token> tokens(int[] text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length) {
            int c = text[i];
            if (isSpace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "(", i++));
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")", i++));
            } else if (c == '"') {
                i = phrase(text, i, tokens);
            } else if (c == '-' && i + 1 < text.length && !isSpace(text[i + 1]) && text[i + 1] != ')') {
                tokens.add(new Token(Kind.MINUS, "-", i++));
            } else {
                i = word(text, i, tokens);
            }
        }
        tokens.add(new Token(Kind.END, "", text.length));
        return tokens;
    }

    private static int phrase(int[] text, int open, List<Token> tokens) {
        int close = open + 1;
        while (close < text.length && text[close] != '"') {
            close++;
        }
        if (close == text.length) {
            throw new QuerySyntaxException("the quote at position " + open + " is never closed", open);
        }
        String words = new String(text, open + 1, close - open - 1).strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            throw new QuerySyntaxException("the phrase at position " + open + " is empty", open);
        }
        tokens.add(new Token(Kind.PHRASE, words, open));
        return close + 1;
    }

    /** A run up to whitespace, a parenthesis or a quote: an operator, a scope, or a word. */
    private static int word(int[] text, int start, List<Token> tokens) {
        int end = start;
        while (end < text.length && !isSpace(text[end]) && text[end] != '(' && text[end] != ')' && text[end] != '"') {
            end++;
        }
        String run = new String(text, start, end - start);
        switch (run) {
            case "AND" -> tokens.add(new Token(Kind.AND, run, start));
            case "OR" -> tokens.add(new Token(Kind.OR, run, start));
            case "NOT" -> tokens.add(new Token(Kind.NOT, run, start));
            default -> {
                int colon = run.indexOf(':');
                if (colon > 0 && Scope.named(run.substring(0, colon)).isPresent()) {
                    tokens.add(new Token(Kind.SCOPE, run.substring(0, colon), start));
                    int after = start + run.codePointCount(0, colon) + 1;
                    // What follows the colon is read afresh: a word, a quote or a parenthesis, not a negation.
                    boolean negation = after + 1 < text.length && text[after] == '-' && !isSpace(text[after + 1])
                            && text[after + 1] != ')';
                    if (after < text.length && (negation || isSpace(text[after]) || text[after] == ')')) {
                        throw new QuerySyntaxException("'" + run.substring(0, colon) + ":' at position " + start
                                + " must be followed right after the colon by a word, a \"phrase\" or a (group)", start);
                    }
                    return after;
                }
                tokens.add(new Token(Kind.WORD, run, start));
            }
        }
        return end;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
