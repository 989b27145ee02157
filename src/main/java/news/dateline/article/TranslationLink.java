package news.dateline.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Another language version of an article, as the article lists it in {@code translations}: readers see the published
 * ones; editors see every one, with its status.
 *
 * @param url    where readers read it (its canonical URL, or the site's address for its slug)
 * @param status null in a reader's view, where every version listed is published
 */
public record TranslationLink(String language, String slug, String title, String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) ArticleStatus status) {

    /** Whether readers see this version. */
    boolean published() {
        return status == null || status == ArticleStatus.PUBLISHED;
    }

    /** An RFC 8288 link to this version's own answer, as the {@code Link} header of the article's carries it. */
    String linkHeader() {
        return "</api/v1/articles/" + slug + ">; rel=\"alternate\"; hreflang=\"" + language + "\"";
    }
}
