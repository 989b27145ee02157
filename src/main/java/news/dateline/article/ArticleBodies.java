package news.dateline.article;

import java.util.Set;

/** An article's body in each form, or null (left out of the response) when that form was not asked for. */
final class ArticleBodies {

    private ArticleBodies() {
    }

    static String markdown(Article article, Set<ArticleFormat> formats) {
        return formats.contains(ArticleFormat.MARKDOWN) ? article.getBodyMarkdown() : null;
    }

    static String html(Article article, Set<ArticleFormat> formats) {
        return formats.contains(ArticleFormat.HTML) ? article.getBodyHtml() : null;
    }

    static String text(Article article, Set<ArticleFormat> formats) {
        return formats.contains(ArticleFormat.TEXT) ? article.getBodyText() : null;
    }
}
