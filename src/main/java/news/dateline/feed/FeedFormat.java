package news.dateline.feed;

import jakarta.ws.rs.core.MediaType;

/** The formats a feed is written in, each with the media type it is served as; the path's extension chooses one. */
enum FeedFormat {
    RSS("rss+xml"),
    ATOM("atom+xml"),
    JSON("feed+json");

    private final String subtype;

    FeedFormat(String subtype) {
        this.subtype = subtype;
    }

    /** The media type without parameters, as feeds name their own type in their self links. */
    String type() {
        return "application/" + subtype;
    }

    /** What {@code Content-Type} says: always UTF-8, as the XML declaration and JSON both are. */
    MediaType mediaType() {
        return new MediaType("application", subtype, "UTF-8");
    }
}
