package news.dateline.web;

/** A named entry articles link to and lists sort by name: a tag or a person. */
public interface CatalogueEntry extends Slugged {

    String getName();
}
