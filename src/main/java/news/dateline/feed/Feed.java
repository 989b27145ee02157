package news.dateline.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed as every format shows it, before it is written as RSS, Atom or JSON Feed: what it is about, where readers find
 * that on the public site, and its items, newest published first. Links are absolute.
 *
 * @param homeUrl       the public page the feed is about: the site, a tag's page or a person's page
 * @param updated       the latest change readers should see as one: its items' {@code updated}, its tag's or
 *                      person's change; null when it shows nothing (an empty feed of all articles)
 * @param lastModified  the latest change of any kind among what it shows (a retag too), for {@code Last-Modified}
 * @param surrogateKeys what the feed shows, space-separated, as {@code Surrogate-Key} names it
 */
record Feed(String title, String description, String homeUrl, String language, Instant updated,
        Instant lastModified, List<Item> items, String surrogateKeys) {

    /**
     * One published article, or one public note on it.
     *
     * @param id          a stable id that survives slug changes: {@code urn:uuid:<article id>} (a note's:
     *                    {@code urn:uuid:<note id>})
     * @param url         where readers read it: its canonical URL, else its page on the public site
     * @param summary     its excerpt, plain text; null when it has none
     * @param contentHtml its whole body (a note's text), as sanitised HTML
     * @param updated     when readers last saw it updated: its {@code contentUpdatedAt}, else its {@code publishedAt}
     * @param image       its featured image's URL, null when it has none
     */
    record Item(String id, String url, String title, String summary, String contentHtml, Instant published,
            Instant updated, String language, String image, List<Author> authors, List<Category> categories) {
    }

    /** Who wrote an item (the publication when no author is named), and their public page. */
    record Author(String name, String url) {
    }

    /** A tag on an item: its slug, its name and its public page. */
    record Category(String term, String label, String url) {
    }
}
