package news.dateline.person;

import jakarta.ws.rs.Path;
import news.dateline.auth.Caller;
import news.dateline.web.CatalogueResource;
import news.dateline.web.Representations;

/** HTTP for {@code /api/v1/people}: every endpoint comes from {@link CatalogueResource}. */
@Path("/api/v1/people")
public class PersonResource extends CatalogueResource<NewPerson, PersonView> {

    PersonResource(PersonService service, Representations representations, Caller caller) {
        super(service, representations, caller, PersonView.class);
    }
}
