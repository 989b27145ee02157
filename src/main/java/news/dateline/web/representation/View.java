package news.dateline.web.representation;

import java.time.Instant;
import java.util.UUID;

/** What every single-resource response shares: an id to locate it by, a version to write against, a change time. */
public interface View {

    UUID id();

    long version();

    Instant updatedAt();
}
