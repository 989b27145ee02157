package news.dateline.jsonld;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import news.dateline.article.ArticleView;
import news.dateline.article.CorrectionKind;
import news.dateline.article.FeaturedImage;
import news.dateline.article.PersonInArticle;
import news.dateline.article.PersonRole;
import news.dateline.article.TranslationGroup;
import news.dateline.jsonld.NewsArticleLd.CorrectionCommentLd;
import news.dateline.jsonld.NewsArticleLd.ImageLd;
import news.dateline.jsonld.NewsArticleLd.OrganizationLd;
import news.dateline.jsonld.NewsArticleLd.PersonLd;
import news.dateline.jsonld.NewsArticleLd.PlaceLd;
import news.dateline.jsonld.NewsArticleLd.ThingLd;
import news.dateline.jsonld.NewsArticleLd.WorkLd;
import news.dateline.site.PublicUrls;
import news.dateline.tag.TagSummary;
import org.jsoup.Jsoup;

/**
 * Maps an article to schema.org. The people of an article go where their role says: authors to {@code author} (and
 * when it names none, the publication is the author, as Google asks for an author on every article), editors to
 * {@code editor}, contributors and photographers to {@code contributor}, and the people it is about, quotes or
 * mentions to {@code mentions}. Tags are what it is {@code about}, typed by their kind. Its public notes of kind
 * correction or clarification are its {@code correction}s; an update is news, not a correction, and shows only in
 * {@code dateModified}, which is what readers see as "Updated" ({@code contentUpdatedAt}, else first publication).
 * Of a story's published language versions, the oldest is the original: it lists the others as its
 * {@code workTranslation}s, and each of them names it as its {@code translationOfWork}.
 */
final class LinkedData {

    static final String CONTEXT = "https://schema.org";
    static final String WIKIDATA = "https://www.wikidata.org/wiki/";

    private LinkedData() {
    }

    /**
     * @param wikidataIds the Wikidata ids of the article's people who have one
     * @param publication the publication's name ({@code dateline.site.name})
     */
    static NewsArticleLd of(ArticleView article, Optional<TranslationGroup> group, Map<UUID, String> wikidataIds,
            PublicUrls urls, String publication) {
        String url = urls.article(article.slug(), article.canonicalUrl());
        OrganizationLd publisher = new OrganizationLd("Organization", publication, urls.base());
        List<PersonLd> authors = people(article, wikidataIds, urls, PersonRole.AUTHOR);
        FeaturedImage image = article.featuredImage();
        String place = article.datelinePlace();
        return new NewsArticleLd(CONTEXT, "NewsArticle", url, url, article.title(), article.subtitle(),
                article.excerpt(), article.publishedAt(),
                modified(article), article.language(),
                authors.isEmpty() ? List.of(publisher) : List.copyOf(authors),
                people(article, wikidataIds, urls, PersonRole.EDITOR),
                people(article, wikidataIds, urls, PersonRole.CONTRIBUTOR, PersonRole.PHOTOGRAPHER),
                publisher,
                article.tags().stream().map(tag -> thing(tag, urls)).toList(),
                people(article, wikidataIds, urls, PersonRole.SUBJECT, PersonRole.QUOTED, PersonRole.MENTIONED),
                place == null ? null : new PlaceLd("Place", place),
                place,
                image == null ? null : new ImageLd("ImageObject", image.url(), image.caption(), image.credit()),
                article.wordCount(),
                article.bodyText(),
                article.corrections().stream().filter(note -> note.kind() != CorrectionKind.UPDATE)
                        .map(note -> new CorrectionCommentLd("CorrectionComment", Jsoup.parse(note.html()).text(),
                                note.at()))
                        .toList(),
                group.filter(TranslationGroup::isOriginal).map(g -> g.published().stream()
                        .filter(m -> !m.id().equals(article.id())).map(LinkedData::work).toList()).orElse(List.of()),
                group.filter(g -> !g.isOriginal()).flatMap(TranslationGroup::original).map(LinkedData::work)
                        .orElse(null));
    }

    private static WorkLd work(TranslationGroup.Member version) {
        return new WorkLd("NewsArticle", version.url(), version.url(), version.language());
    }

    /** What readers see as "Updated"; an article never published (an editor's look) was last updated when written. */
    private static Instant modified(ArticleView article) {
        if (article.contentUpdatedAt() != null) {
            return article.contentUpdatedAt();
        }
        return article.publishedAt() != null ? article.publishedAt() : article.updatedAt();
    }

    /** The article's people in these roles, in the article's order, each once. */
    private static List<PersonLd> people(ArticleView article, Map<UUID, String> wikidataIds, PublicUrls urls,
            PersonRole... roles) {
        Map<UUID, PersonLd> people = new LinkedHashMap<>();
        for (PersonInArticle person : article.people()) {
            if (List.of(roles).contains(person.role())) {
                String page = urls.person(person.slug());
                String wikidata = wikidataIds.get(person.id());
                people.putIfAbsent(person.id(), new PersonLd("Person", page, person.name(), page, person.title(),
                        wikidata == null ? null : WIKIDATA + wikidata));
            }
        }
        return new ArrayList<>(people.values());
    }

    private static ThingLd thing(TagSummary tag, PublicUrls urls) {
        String type = switch (tag.kind()) {
            case PLACE -> "Place";
            case ORGANISATION -> "Organization";
            case EVENT -> "Event";
            case TOPIC -> "Thing";
        };
        String page = urls.tag(tag.slug());
        return new ThingLd(type, page, tag.name(), page);
    }
}
