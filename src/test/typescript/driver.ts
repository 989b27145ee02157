/**
 * Calls every GET operation of openapi.yaml through the typescript-fetch client the build generates from it
 * (target/typescript-client), against a running Dateline, as a web app would. TypeScriptClientTest runs it (through
 * ./run) with the test server's URL and the data it made, and reads the report it prints.
 *
 * A JSON answer passes when the client reads it without throwing and its models write it back as the same JSON: a
 * property a model dropped, merged or misread shows as a difference. Feeds and sitemaps are XML, which the client
 * hands over as text.
 */
import {
    ApiResponse,
    ArticlePageToJSON,
    ArticlesApi,
    ArticleViewToJSON,
    ChangeItem,
    ChangePageToJSON,
    Configuration,
    DeliveryPageToJSON,
    FeedsApi,
    JsonFeedToJSON,
    KeyListToJSON,
    KeysApi,
    KeyViewToJSON,
    NewsArticleJsonLdToJSON,
    PeopleApi,
    PersonPageToJSON,
    PersonViewToJSON,
    PreviewListToJSON,
    PreviewsApi,
    RevisionComparisonToJSON,
    RevisionPageToJSON,
    RevisionsApi,
    RevisionToJSON,
    ResponseContext,
    ResponseError,
    SearchApi,
    SearchResultsToJSON,
    SitemapsApi,
    SyncApi,
    TagPageToJSON,
    TagsApi,
    TagViewToJSON,
    WebhookListToJSON,
    WebhooksApi,
    WebhookViewToJSON,
} from '../../../target/typescript-client';

/** What TypeScriptClientTest made for the calls to find. */
interface Fixtures {
    key: string;
    article: string;
    unauthoredArticle: string;
    tag: string;
    person: string;
    query: string;
    keyId: string;
    webhookId: string;
    previewToken: string;
    since: string;
}

/** Printed on stdout as one JSON object. */
interface Report {
    requests: { method: string; path: string; status: number }[];
    failures: { call: string; error: string }[];
    changes: string[];
}

const [baseUrl, fixturesJson] = process.argv.slice(2);
const fixtures: Fixtures = JSON.parse(fixturesJson);
const report: Report = { requests: [], failures: [], changes: [] };

const recorder = {
    async post(context: ResponseContext): Promise<void> {
        const { method = 'GET' } = context.init;
        report.requests.push({ method, path: new URL(context.url).pathname, status: context.response.status });
    },
};
const reader = new Configuration({ basePath: baseUrl, middleware: [recorder] });
const editor = new Configuration({ basePath: baseUrl, middleware: [recorder], accessToken: fixtures.key });

/** One JSON operation: read into the models, then written back unchanged. */
async function json<T>(call: string, send: () => Promise<ApiResponse<T>>, toJson: (value: T) => unknown) {
    try {
        const response = await send();
        const sent: unknown = await response.raw.clone().json();
        const value = await response.value();
        const difference = firstDifference(sent, toJson(value), '$');
        if (difference !== undefined) {
            throw new Error(`the models do not give back what the server sent, at ${difference}`);
        }
        return value;
    } catch (error) {
        report.failures.push({ call, error: await describe(error) });
        return undefined;
    }
}

/** One XML operation (a feed or a sitemap). */
async function xml(call: string, send: () => Promise<ApiResponse<string>>) {
    try {
        const body = await (await send()).value();
        if (typeof body !== 'string' || !body.startsWith('<?xml')) {
            throw new Error(`not an XML document: ${String(body).slice(0, 80)}`);
        }
    } catch (error) {
        report.failures.push({ call, error: await describe(error) });
    }
}

/**
 * Where two JSON values part, or undefined. Date-times compare as instants to the millisecond: the models hold them
 * as Date, which writes them back in its own ISO form and keeps no microseconds.
 */
function firstDifference(sent: unknown, back: unknown, at: string): string | undefined {
    if (typeof sent === 'string' && typeof back === 'string') {
        const instant = /^\d{4}-\d{2}-\d{2}T/;
        const same = sent === back
            || (instant.test(sent) && instant.test(back) && Date.parse(sent) === Date.parse(back));
        return same ? undefined : `${at}: sent ${JSON.stringify(sent)}, read back ${JSON.stringify(back)}`;
    }
    if (Array.isArray(sent) && Array.isArray(back)) {
        if (sent.length !== back.length) {
            return `${at}: sent ${sent.length} items, read back ${back.length}`;
        }
        for (let i = 0; i < sent.length; i++) {
            const difference = firstDifference(sent[i], back[i], `${at}[${i}]`);
            if (difference !== undefined) {
                return difference;
            }
        }
        return undefined;
    }
    if (isObject(sent) && isObject(back)) {
        // JSON.stringify drops what a model leaves undefined, as the wire would.
        const written = JSON.parse(JSON.stringify(back));
        const names = new Set([...Object.keys(sent), ...Object.keys(written)]);
        for (const name of names) {
            if (!(name in sent) || !(name in written)) {
                return `${at}.${name}: ${name in sent ? 'dropped by the models' : 'added by the models'}`;
            }
            const difference = firstDifference(sent[name], written[name], `${at}.${name}`);
            if (difference !== undefined) {
                return difference;
            }
        }
        return undefined;
    }
    return sent === back ? undefined : `${at}: sent ${JSON.stringify(sent)}, read back ${JSON.stringify(back)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function describe(error: unknown): Promise<string> {
    if (error instanceof ResponseError) {
        return `HTTP ${error.response.status}: ${(await error.response.text()).slice(0, 500)}`;
    }
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Reads the change stream from `since` to its end; each entry is typed by its `type` and `action`. */
async function changesSince(since: string) {
    const sync = new SyncApi(reader);
    const changes: ChangeItem[] = [];
    for (let token = since, page = 1; page <= 20; page++) {
        const read = await json(`listChanges (page ${page})`, () => sync.listChangesRaw({ since: token, limit: 500 }),
            ChangePageToJSON);
        if (read === undefined) {
            break;
        }
        changes.push(...read.changes);
        if (!read.hasMore) {
            break;
        }
        token = read.next;
    }
    for (const change of changes) {
        // An upsert carries the view of its own resource (ArticleView, TagView or PersonView), a tombstone none.
        const carried = change.data?.id;
        if (change.action === 'upsert' ? carried !== change.id : carried !== undefined) {
            const error = `${change.type} ${change.action} ${change.id} carries ${carried}`;
            report.failures.push({ call: 'listChanges', error });
        }
        report.changes.push(`${change.type}/${change.action}`);
    }
}

async function main() {
    const articles = new ArticlesApi(reader);
    const tags = new TagsApi(reader);
    const people = new PeopleApi(reader);
    const feeds = new FeedsApi(reader);
    const sitemaps = new SitemapsApi(reader);

    await json('listArticles', () => articles.listArticlesRaw({ tag: [fixtures.tag], include: ['tags', 'people'] }),
        ArticlePageToJSON);
    await json('listArticles (numbered)', () => articles.listArticlesRaw({ page: 1, limit: 5 }), ArticlePageToJSON);
    // Facets: the models read the counts back as sent, and the counts without the list's own tag filter.
    const faceted = await json('listArticles (facets)', () => articles.listArticlesRaw({ tag: [fixtures.tag],
        facets: ['tags', 'people', 'language', 'year'], facetLimit: 5 }), ArticlePageToJSON);
    if (faceted !== undefined && faceted.facets?.tags?.withoutOwnFilter?.values === undefined) {
        report.failures.push({ call: 'listArticles (facets)', error: 'no tags.withoutOwnFilter.values' });
    }
    await json('getArticle', () => articles.getArticleRaw({ ref: fixtures.article }), ArticleViewToJSON);
    await json('getArticleJsonLd (a person wrote it)', () => articles.getArticleJsonLdRaw({ ref: fixtures.article }),
        NewsArticleJsonLdToJSON);
    await json('getArticleJsonLd (the publication wrote it)',
        () => articles.getArticleJsonLdRaw({ ref: fixtures.unauthoredArticle }), NewsArticleJsonLdToJSON);
    await json('listTags', () => tags.listTagsRaw({}), TagPageToJSON);
    await json('listTags (numbered)', () => tags.listTagsRaw({ page: 1 }), TagPageToJSON);
    await json('getTag', () => tags.getTagRaw({ ref: fixtures.tag }), TagViewToJSON);
    await json('getTag (in Albanian)', () => tags.getTagRaw({ ref: fixtures.tag, language: 'sq' }), TagViewToJSON);
    await json('getTag (French asked for, fallen back)',
        () => tags.getTagRaw({ ref: fixtures.tag, acceptLanguage: 'fr' }), TagViewToJSON);
    await json('listTags (in Albanian)', () => tags.listTagsRaw({ language: 'sq' }), TagPageToJSON);
    await json('listPeople', () => people.listPeopleRaw({}), PersonPageToJSON);
    await json('getPerson', () => people.getPersonRaw({ ref: fixtures.person }), PersonViewToJSON);
    await json('getPerson (in Albanian)', () => people.getPersonRaw({ ref: fixtures.person, language: 'sq' }),
        PersonViewToJSON);
    await json('listPeople (French asked for, fallen back)', () => people.listPeopleRaw({ acceptLanguage: 'fr' }),
        PersonPageToJSON);
    await json('search', () => new SearchApi(reader).searchRaw({ q: fixtures.query }), SearchResultsToJSON);
    await changesSince(fixtures.since);

    const revisions = new RevisionsApi(editor);
    await json('listArticleRevisions', () => revisions.listArticleRevisionsRaw({ ref: fixtures.article }),
        RevisionPageToJSON);
    await json('getArticleRevision', () => revisions.getArticleRevisionRaw({ ref: fixtures.article, number: '0' }),
        RevisionToJSON);
    await json('diffArticleRevision', () => revisions.diffArticleRevisionRaw({ ref: fixtures.article, number: '0' }),
        RevisionComparisonToJSON);

    const keys = new KeysApi(editor);
    await json('listKeys', () => keys.listKeysRaw(), KeyListToJSON);
    await json('getKey', () => keys.getKeyRaw({ id: fixtures.keyId }), KeyViewToJSON);
    const previews = new PreviewsApi(editor);
    await json('listArticlePreviews', () => previews.listArticlePreviewsRaw({ ref: fixtures.article }),
        PreviewListToJSON);
    await json('getPreview', () => new PreviewsApi(reader).getPreviewRaw({ token: fixtures.previewToken }),
        ArticleViewToJSON);
    const webhooks = new WebhooksApi(editor);
    await json('listWebhooks', () => webhooks.listWebhooksRaw(), WebhookListToJSON);
    await json('getWebhook', () => webhooks.getWebhookRaw({ id: fixtures.webhookId }), WebhookViewToJSON);
    await json('listWebhookDeliveries', () => webhooks.listWebhookDeliveriesRaw({ id: fixtures.webhookId }),
        DeliveryPageToJSON);

    await xml('getArticlesFeedRss', () => feeds.getArticlesFeedRssRaw({}));
    await xml('getArticlesFeedAtom', () => feeds.getArticlesFeedAtomRaw({}));
    await json('getArticlesFeedJson', () => feeds.getArticlesFeedJsonRaw({}), JsonFeedToJSON);
    await json('getArticlesFeedJson (in Albanian)', () => feeds.getArticlesFeedJsonRaw({ language: 'sq' }),
        JsonFeedToJSON);
    await xml('getTagFeedRss', () => feeds.getTagFeedRssRaw({ slug: fixtures.tag }));
    await xml('getTagFeedAtom', () => feeds.getTagFeedAtomRaw({ slug: fixtures.tag }));
    await json('getTagFeedJson', () => feeds.getTagFeedJsonRaw({ slug: fixtures.tag }), JsonFeedToJSON);
    await xml('getPersonFeedRss', () => feeds.getPersonFeedRssRaw({ slug: fixtures.person }));
    await xml('getPersonFeedAtom', () => feeds.getPersonFeedAtomRaw({ slug: fixtures.person }));
    await json('getPersonFeedJson', () => feeds.getPersonFeedJsonRaw({ slug: fixtures.person }), JsonFeedToJSON);
    await xml('getCorrectionsFeedRss', () => feeds.getCorrectionsFeedRssRaw({}));
    await xml('getCorrectionsFeedAtom', () => feeds.getCorrectionsFeedAtomRaw({}));
    await json('getCorrectionsFeedJson', () => feeds.getCorrectionsFeedJsonRaw({}), JsonFeedToJSON);
    await xml('getSitemapIndex', () => sitemaps.getSitemapIndexRaw({}));
    await xml('getArticleSitemap', () => sitemaps.getArticleSitemapRaw({ page: 1 }));
    await xml('getTagSitemap', () => sitemaps.getTagSitemapRaw({ page: 1 }));
    await xml('getPersonSitemap', () => sitemaps.getPersonSitemapRaw({ page: 1 }));
    await xml('getNewsSitemap', () => sitemaps.getNewsSitemapRaw({}));
}

main()
    .catch(async (error) => report.failures.push({ call: 'driver', error: await describe(error) }))
    .finally(() => {
        console.log(JSON.stringify(report));
        process.exitCode = report.failures.length === 0 ? 0 : 1;
    });
