package news.dateline.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.nodes.Entities;

/**
 * A {@link Feed} as an RSS 2.0 channel (Rome): full bodies in {@code content:encoded}, bylines in {@code dc:creator}
 * (RSS's own {@code author} must be an e-mail address), tags as categories whose domain is the tag's page, and the
 * feed's own address in {@code atom:link rel="self"}, as the RSS Advisory Board recommends.
 */
final class RssFeed {

    static final String TYPE = "rss_2.0";
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssFeed() {
    }

    static Channel of(Feed feed, String selfUrl) {
        Channel channel = new Channel(TYPE);
        channel.setEncoding("UTF-8");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language());
        channel.setLastBuildDate(feed.updated() == null ? null : Date.from(feed.updated()));
        Element self = new Element("link", ATOM);
        self.setAttribute("href", selfUrl);
        self.setAttribute("rel", "self");
        self.setAttribute("type", FeedFormat.RSS.type());
        channel.setForeignMarkup(List.of(self));
        channel.setItems(feed.items().stream().map(RssFeed::item).toList());
        return channel;
    }

    private static Item item(Feed.Item entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setValue(entry.id());
        guid.setPermaLink(false); // a urn, not the article's address
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.published()));
        if (entry.summary() != null) {
            Description description = new Description();
            description.setType("text/html");
            // RSS descriptions are read as HTML: the plain-text excerpt is escaped so that "a < b" stays text.
            description.setValue(Entities.escape(entry.summary()));
            item.setDescription(description);
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(entry.contentHtml());
        item.setContent(content);
        item.setCategories(entry.categories().stream().map(RssFeed::category).toList());
        DCModule dublinCore = new DCModuleImpl();
        dublinCore.setCreators(entry.authors().stream().map(Feed.Author::name).toList());
        item.setModules(List.<Module>of(dublinCore));
        return item;
    }

    private static Category category(Feed.Category tag) {
        Category category = new Category();
        category.setValue(tag.label());
        category.setDomain(tag.url());
        return category;
    }
}
