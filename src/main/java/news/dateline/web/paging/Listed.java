package news.dateline.web.paging;

import java.time.Instant;
import news.dateline.web.SurrogateKeyed;

/** An item of a list page: what it shows (its surrogate keys) and when it last changed (the page's Last-Modified). */
public interface Listed extends SurrogateKeyed {

    Instant updatedAt();
}
