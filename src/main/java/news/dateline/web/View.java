package news.dateline.web;

import java.util.UUID;

/** What every single-resource response shares: an id to locate it by and a version to write against. */
public interface View {

    UUID id();

    long version();
}
