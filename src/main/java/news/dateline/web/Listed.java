package news.dateline.web;

import java.time.Instant;

/** An item of a list page: what it shows (its surrogate keys) and when it last changed (the page's Last-Modified). */
public interface Listed extends SurrogateKeyed {

    Instant updatedAt();
}
