package news.dateline.jsonld;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * An article as a schema.org {@code NewsArticle} in JSON-LD, the form search engines and aggregators read from a
 * page's {@code <script type="application/ld+json">}. Properties without a value are left out, as JSON-LD readers
 * expect (a {@code null} there means "no statement", never an empty value). {@link LinkedData} builds it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record NewsArticleLd(
        @JsonProperty("@context") String context,
        @JsonProperty("@type") String type,
        @JsonProperty("@id") String id,
        String url,
        String headline,
        String alternativeHeadline,
        String description,
        Instant datePublished,
        Instant dateModified,
        String inLanguage,
        List<Object> author,
        List<PersonLd> editor,
        List<PersonLd> contributor,
        OrganizationLd publisher,
        List<ThingLd> about,
        List<PersonLd> mentions,
        PlaceLd locationCreated,
        String dateline,
        ImageLd image,
        Integer wordCount,
        String articleBody,
        List<CorrectionCommentLd> correction,
        List<WorkLd> workTranslation,
        WorkLd translationOfWork) {

    /** Another language version of the story: a {@code NewsArticle} known by its address and its language. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record WorkLd(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String url, String inLanguage) {
    }

    /** A schema.org {@code CorrectionComment}: a public correction or clarification, as plain text, and its time. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CorrectionCommentLd(@JsonProperty("@type") String type, String text, Instant datePublished) {
    }

    /** A schema.org {@code Person}, identified by their page on the public site. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PersonLd(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String name, String url,
            String jobTitle, String sameAs) {
    }

    /** A schema.org {@code Organization}: the publication. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record OrganizationLd(@JsonProperty("@type") String type, String name, String url) {
    }

    /** What the article is about (a tag): a {@code Thing}, or the more precise {@code Place}, {@code Organization}… */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ThingLd(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String name, String url) {
    }

    /** A schema.org {@code Place} known by its name only (the dateline's). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PlaceLd(@JsonProperty("@type") String type, String name) {
    }

    /** A schema.org {@code ImageObject}: the featured image, with the caption and credit that travel with it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ImageLd(@JsonProperty("@type") String type, String url, String caption, String creditText) {
    }
}
