package news.dateline.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A {@link Feed} as an Atom 1.0 feed (RFC 4287, Rome): its id is its own address, each entry's the article's
 * {@code urn:uuid}; entries are {@code updated} when readers last saw the article updated ({@code contentUpdatedAt},
 * else its first publication) and {@code published} when it was first published; the excerpt is the summary, the
 * whole body the HTML content.
 */
final class AtomFeed {

    static final String TYPE = "atom_1.0";

    private AtomFeed() {
    }

    static com.rometools.rome.feed.atom.Feed of(Feed feed, String selfUrl) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed(TYPE);
        atom.setEncoding("UTF-8");
        atom.setId(selfUrl);
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        // Atom requires a feed's updated: an empty feed of all articles has seen no change at all.
        atom.setUpdated(Date.from(feed.updated() == null ? Instant.EPOCH : feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.homeUrl())));
        atom.setOtherLinks(List.of(link("self", FeedFormat.ATOM.type(), selfUrl)));
        atom.setEntries(feed.items().stream().map(AtomFeed::entry).toList());
        return atom;
    }

    private static Entry entry(Feed.Item item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitleEx(text(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", item.url())));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        if (item.summary() != null) {
            entry.setSummary(text(item.summary()));
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(item.contentHtml());
        entry.setContents(List.of(content));
        entry.setCategories(item.categories().stream().map(AtomFeed::category).toList());
        entry.setAuthors(item.authors().stream().map(AtomFeed::person).toList());
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Category category(Feed.Category tag) {
        Category category = new Category();
        category.setTerm(tag.term());
        category.setLabel(tag.label());
        return category;
    }

    private static SyndPerson person(Feed.Author author) {
        Person person = new Person();
        person.setName(author.name());
        person.setUri(author.url());
        return person;
    }
}
