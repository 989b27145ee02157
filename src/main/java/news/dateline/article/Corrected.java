package news.dateline.article;

/** A public note with the article it is on: what adding one made (the article at its new version), or a feed item. */
public record Corrected(CorrectionView correction, ArticleView article) {
}
