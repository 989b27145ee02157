package news.dateline.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.dateline.content.Slugs;
import news.dateline.facet.FacetDimension;
import news.dateline.language.LanguageTags;
import news.dateline.search.QueryParameter;
import news.dateline.search.query.Query;
import news.dateline.web.Digests;
import news.dateline.web.input.QueryValues;
import news.dateline.web.problem.ProblemException;

/**
 * What an article list asks for, checked: filters, the search query and the sort. Tag, person and author values
 * name tags and people by slug or id; repeating a parameter or separating values by commas gives several.
 *
 * @param allTags   articles carrying every one of these tags
 * @param anyTags   articles carrying at least one of these tags
 * @param notTags   articles carrying none of these tags
 * @param people    articles linked to every one of these people, in any role
 * @param notPeople articles linked to none of these people, in any role
 * @param authors   articles written by every one of these people
 * @param query     the parsed {@code q} (news.dateline.search.query), or null
 */
public record ArticleFilter(List<String> allTags, List<String> anyTags, List<String> notTags, List<String> people,
        List<String> notPeople, List<String> authors, String language, Set<ArticleStatus> statuses,
        Instant publishedAfter, Instant publishedBefore, Instant updatedSince, Query query, ArticleSort sort) {

    static final int MAX_QUERY_LENGTH = 200;
    /** Each tag, person and author filter (and exclusion) names at most this many: every one is a join, and twenty is plenty. */
    private static final int MAX_REFS = 20;
    /** A slug or an id: nothing else can name a tag or a person, so anything else is a mistake worth a 400. */
    private static final Pattern REF = Pattern.compile("^[A-Za-z0-9-]{1," + Slugs.MAX_LENGTH + "}$");

    public static ArticleFilter parse(List<String> tag, List<String> anyTag, List<String> notTag, List<String> person,
            List<String> notPerson, List<String> author, String language, List<String> status, String publishedAfter,
            String publishedBefore, String updatedSince, String q, String sort) {
        Query query = QueryParameter.parse("q", q, MAX_QUERY_LENGTH);
        return new ArticleFilter(refs("tag", tag), refs("anyTag", anyTag), refs("notTag", notTag),
                refs("person", person), refs("notPerson", notPerson), refs("author", author),
                LanguageTags.parameter("language", language),
                statuses(values(status)),
                instant("publishedAfter", publishedAfter), instant("publishedBefore", publishedBefore),
                instant("updatedSince", updatedSince), query, ArticleSort.parse(sort, query != null));
    }

    /**
     * Which query a cursor belongs to: a digest of everything that shapes the list's order and content (the query as
     * printed canonically). Exclusions join it only when there are some, so that the cursors of lists without them
     * stay what they were.
     */
    public String scope() {
        String canonical = String.join("|", "articles", sort.toString(), String.valueOf(allTags), String.valueOf(anyTags),
                String.valueOf(people), String.valueOf(authors), String.valueOf(language), String.valueOf(statuses),
                String.valueOf(publishedAfter), String.valueOf(publishedBefore), String.valueOf(updatedSince),
                String.valueOf(query));
        if (!notTags.isEmpty() || !notPeople.isEmpty()) {
            canonical += "|not" + notTags + notPeople;
        }
        return Digests.shortened(canonical, 9);
    }

    /**
     * Whether this filter narrows a facet's own dimension: the tag filters for tags (and tags of a kind), the person
     * and author filters for people, the language for language, the publication dates for years.
     */
    boolean filtersOn(FacetDimension dimension) {
        return switch (dimension) {
            case PEOPLE -> !people.isEmpty() || !notPeople.isEmpty() || !authors.isEmpty();
            case LANGUAGE -> language != null;
            case YEAR -> publishedAfter != null || publishedBefore != null;
            default -> !allTags.isEmpty() || !anyTags.isEmpty() || !notTags.isEmpty();
        };
    }

    /** This filter without the filters of a facet's own dimension ({@link #filtersOn}), every other one kept. */
    ArticleFilter without(FacetDimension dimension) {
        return switch (dimension) {
            case PEOPLE -> new ArticleFilter(allTags, anyTags, notTags, List.of(), List.of(), List.of(), language,
                    statuses, publishedAfter, publishedBefore, updatedSince, query, sort);
            case LANGUAGE -> new ArticleFilter(allTags, anyTags, notTags, people, notPeople, authors, null, statuses,
                    publishedAfter, publishedBefore, updatedSince, query, sort);
            case YEAR -> new ArticleFilter(allTags, anyTags, notTags, people, notPeople, authors, language, statuses,
                    null, null, updatedSince, query, sort);
            default -> new ArticleFilter(List.of(), List.of(), List.of(), people, notPeople, authors, language,
                    statuses, publishedAfter, publishedBefore, updatedSince, query, sort);
        };
    }

    /** Whether this filter keeps every article but the statuses (so published-only callers see every published one). */
    boolean onlyByStatus() {
        return allTags.isEmpty() && anyTags.isEmpty() && notTags.isEmpty() && people.isEmpty() && notPeople.isEmpty()
                && authors.isEmpty() && language == null && publishedAfter == null && publishedBefore == null && updatedSince == null && query == null;
    }

    // Sorted, so that the same filters in another order make the same cursor scope.
    private static List<String> values(List<String> raw) {
        return QueryValues.of(raw).stream().sorted().toList();
    }

    private static List<String> refs(String name, List<String> raw) {
        List<String> refs = values(raw);
        if (refs.size() > MAX_REFS) {
            throw ProblemException.badParameter(name, "must name at most " + MAX_REFS + " tags or people");
        }
        if (!refs.stream().allMatch(ref -> REF.matcher(ref).matches())) {
            throw ProblemException.badParameter(name, "must be slugs or ids, separated by commas");
        }
        return refs;
    }

    private static Set<ArticleStatus> statuses(List<String> raw) {
        Set<ArticleStatus> statuses = EnumSet.noneOf(ArticleStatus.class);
        raw.forEach(value -> statuses.add(QueryValues.oneOf("status", value, ArticleStatus.class)));
        return statuses;
    }

    // A timestamp (2024-12-05T08:00:00Z, any offset) or a date, meaning its first instant in UTC.
    private static Instant instant(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "must be a date (2024-12-05) or a timestamp (2024-12-05T08:00:00Z)");
        }
    }
}
