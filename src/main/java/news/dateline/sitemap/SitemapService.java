package news.dateline.sitemap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import news.dateline.article.TranslationGroup;
import news.dateline.article.Translations;
import news.dateline.site.PublicUrls;
import news.dateline.site.SiteConfig;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/**
 * The sitemaps, rendered as XML: every page of the public site that shows a published article, a tag or a person,
 * at the address {@link PublicUrls} gives it, and the articles of the last two days for Google News. Sitemaps are for
 * crawlers: whoever asks, drafts are never in them.
 */
@ApplicationScoped
public class SitemapService {

    /** The protocol's ceiling, for URLs in one sitemap and for sitemaps in one index. */
    static final int PROTOCOL_LIMIT = 50_000;
    /** Google News reads articles published in the last two days, at most a thousand of them. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final int NEWS_LIMIT = 1000;
    static final String NEWS_PATH = "/sitemaps/news.xml";

    private final SitemapRepository sitemaps;
    private final PublicUrls urls;
    private final int pageSize;
    private final String publication;
    private final Translations translations;

    SitemapService(SitemapRepository sitemaps, PublicUrls urls, SitemapConfig config, SiteConfig site,
            Translations translations) {
        this.sitemaps = sitemaps;
        this.urls = urls;
        this.pageSize = config.pageSize();
        this.publication = site.name();
        this.translations = translations;
        if (pageSize < 1 || pageSize > PROTOCOL_LIMIT) {
            throw new IllegalArgumentException("dateline.sitemaps.page-size must be 1 to " + PROTOCOL_LIMIT + ", not "
                    + pageSize);
        }
    }

    /**
     * The index: the absolute URLs of every sitemap page there is ({@code ceil(count / page size)} of each kind; none
     * of a kind with no rows), then the news sitemap. The sitemaps sit on the public site beside the pages they list,
     * as the protocol asks of a sitemap: the site serves {@code /sitemap.xml} and {@code /sitemaps/} from this service.
     */
    @Transactional
    public byte[] index() {
        List<String> index = new ArrayList<>();
        for (SitemapKind kind : SitemapKind.values()) {
            long pages = (sitemaps.count(kind) + pageSize - 1) / pageSize;
            // An index lists 50,000 sitemaps at most: 500 million URLs at the default page size.
            for (int page = 1; page <= pages && index.size() < PROTOCOL_LIMIT - 1; page++) {
                index.add(urls.base() + kind.path(page));
            }
        }
        index.add(urls.base() + NEWS_PATH);
        return SitemapXml.index(index);
    }

    /** A page of a kind's sitemap; a page number that is not one ({@code 0}, {@code 01}) or is past the end: 404. */
    @Transactional
    public byte[] page(SitemapKind kind, String page) {
        long number = pageNumber(page).orElseThrow(() -> noSuchPage(kind, page));
        List<SitemapRepository.Row> rows = sitemaps.page(kind, (number - 1) * pageSize, pageSize);
        if (rows.isEmpty()) {
            throw noSuchPage(kind, page);
        }
        Map<UUID, List<TranslationGroup.Member>> groups = translations.publishedIn(rows.stream()
                .map(SitemapRepository.Row::translationGroup).filter(Objects::nonNull).collect(Collectors.toSet()));
        return SitemapXml.urlset(rows.stream().map(row -> new SitemapUrl(loc(kind, row), row.updatedAt(),
                alternates(row.translationGroup() == null ? List.of()
                        : groups.getOrDefault(row.translationGroup(), List.of())))).toList());
    }

    /**
     * An article's hreflang alternates, as Google reads them in a sitemap: every published version of the story, the
     * article itself included, then the original (the oldest) as {@code x-default}; none when it has no other.
     */
    private static List<SitemapUrl.Alternate> alternates(List<TranslationGroup.Member> published) {
        if (published.size() < 2) {
            return List.of();
        }
        List<SitemapUrl.Alternate> alternates = new ArrayList<>(published.stream()
                .sorted(Comparator.comparing(TranslationGroup.Member::language))
                .map(version -> new SitemapUrl.Alternate(version.language(), version.url())).toList());
        alternates.add(new SitemapUrl.Alternate("x-default", published.get(0).url()));
        return alternates;
    }

    /**
     * The Google News sitemap: published articles of the last two days (by {@code publishedAt}), newest first, at most
     * 1,000. With none, an empty {@code <urlset>}: a crawler reads "nothing new", where a 404 would read as broken.
     */
    @Transactional
    public byte[] news(Instant now) {
        return SitemapXml.news(publication, sitemaps.news(now.minus(NEWS_WINDOW), NEWS_LIMIT).stream()
                .map(row -> new NewsUrl(urls.article(row.slug(), row.canonicalUrl()), row.updatedAt(), row.title(),
                        NewsLanguage.of(row.language()), row.publishedAt()))
                .toList());
    }

    private String loc(SitemapKind kind, SitemapRepository.Row row) {
        return switch (kind) {
            case ARTICLES -> urls.article(row.slug(), row.canonicalUrl());
            case TAGS -> urls.tag(row.slug());
            case PEOPLE -> urls.person(row.slug());
        };
    }

    // Written as the index writes it: no sign, no leading zero, and few enough digits to multiply safely.
    private static OptionalLong pageNumber(String page) {
        return page != null && page.matches("[1-9][0-9]{0,8}") ? OptionalLong.of(Long.parseLong(page))
                : OptionalLong.empty();
    }

    private static ProblemException noSuchPage(SitemapKind kind, String page) {
        return new ProblemException(ProblemKind.NOT_FOUND, "No sitemap page '" + kind.collection() + "-" + page
                + ".xml'");
    }
}
