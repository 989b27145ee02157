package news.dateline.content;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Flattens sanitised body HTML into reader-visible plain text with blank lines between blocks. */
final class PlainText implements NodeVisitor {

    // Only tags the sanitiser can let through matter here; anything else is inline text flow.
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "div",
            "ul", "ol", "dl", "table", "hr");

    private static final Set<String> LINES = Set.of("li", "dt", "dd", "tr", "caption", "br");

    private static final Set<String> CELLS = Set.of("td", "th");

    private static final int NONE = 0;
    private static final int LINE = 1;
    private static final int BLANK_LINE = 2;

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak = NONE;
    private boolean pendingSpace;
    private int preDepth;

    private PlainText() {
    }

    /** Text of {@code root}'s descendants, trimmed; traversal is iterative so deep nesting is safe. */
    static String of(Element root) {
        PlainText visitor = new PlainText();
        NodeTraversor.traverse(visitor, root);
        return visitor.out.toString().strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (preDepth > 0) {
                appendPreformatted(text.getWholeText());
            } else {
                appendFlowing(text.getWholeText());
            }
        } else if (node instanceof Element element) {
            open(element.normalName());
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String name = element.normalName();
            if ("pre".equals(name)) {
                preDepth--;
                trimTrailingNewlines();
            }
            boundary(name);
        }
    }

    private void open(String name) {
        if ("pre".equals(name)) {
            preDepth++;
        }
        boundary(name);
    }

    private void boundary(String name) {
        if (BLOCKS.contains(name)) {
            requestBreak(BLANK_LINE);
        } else if (LINES.contains(name)) {
            requestBreak(LINE);
        } else if (CELLS.contains(name)) {
            // Without a separator adjacent cells would glue their words together.
            pendingSpace = true;
        }
    }

    private void requestBreak(int strength) {
        pendingBreak = Math.max(pendingBreak, strength);
        pendingSpace = false;
    }

    // Outside <pre>, HTML collapses whitespace, so source newlines (soft breaks) read as spaces.
    private void appendFlowing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                flushSeparators();
                out.append(c);
            }
        }
    }

    private void appendPreformatted(String text) {
        if (text.isEmpty()) {
            return;
        }
        flushSeparators();
        out.append(text);
    }

    private void flushSeparators() {
        if (out.isEmpty()) {
            pendingBreak = NONE;
            pendingSpace = false;
            return;
        }
        if (pendingBreak != NONE) {
            trimTrailingSpaces();
            out.append(pendingBreak == BLANK_LINE ? "\n\n" : "\n");
        } else if (pendingSpace && !endsWithWhitespace()) {
            out.append(' ');
        }
        pendingBreak = NONE;
        pendingSpace = false;
    }

    private boolean endsWithWhitespace() {
        return Character.isWhitespace(out.charAt(out.length() - 1));
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
        }
        out.setLength(end);
    }

    // commonmark ends every code block with a newline; the block break already separates it.
    private void trimTrailingNewlines() {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == '\r')) {
            end--;
        }
        out.setLength(end);
    }
}
