package news.dateline.feed;

import org.jdom2.Verifier;

/**
 * Makes a {@link Feed}'s text writable as XML 1.0, which forbids most control characters that JSON and the database
 * carry (U+0001 to U+001F but tab and line breaks, lone surrogates, U+FFFE): one such character in one title would
 * otherwise fail the whole RSS or Atom feed.
 */
final class XmlText {

    private XmlText() {
    }

    static Feed clean(Feed feed) {
        return new Feed(clean(feed.title()), clean(feed.description()), clean(feed.homeUrl()), clean(feed.language()),
                feed.updated(), feed.lastModified(), feed.items().stream().map(XmlText::clean).toList(),
                feed.surrogateKeys());
    }

    private static Feed.Item clean(Feed.Item item) {
        return new Feed.Item(clean(item.id()), clean(item.url()), clean(item.title()), clean(item.summary()),
                clean(item.contentHtml()), item.published(), item.updated(), clean(item.language()),
                clean(item.image()),
                item.authors().stream().map(a -> new Feed.Author(clean(a.name()), clean(a.url()))).toList(),
                item.categories().stream()
                        .map(c -> new Feed.Category(clean(c.term()), clean(c.label()), clean(c.url()))).toList());
    }

    static String clean(String text) {
        if (text == null || text.codePoints().allMatch(Verifier::isXMLCharacter)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Verifier::isXMLCharacter).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
