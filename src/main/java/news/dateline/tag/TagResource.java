package news.dateline.tag;

import jakarta.ws.rs.Path;
import news.dateline.auth.Caller;
import news.dateline.web.CatalogueResource;
import news.dateline.web.Representations;

/** HTTP for {@code /api/v1/tags}: every endpoint comes from {@link CatalogueResource}. */
@Path("/api/v1/tags")
public class TagResource extends CatalogueResource<NewTag, TagView> {

    TagResource(TagService service, Representations representations, Caller caller) {
        super(service, representations, caller, TagView.class);
    }
}
