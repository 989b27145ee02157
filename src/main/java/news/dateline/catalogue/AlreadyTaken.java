package news.dateline.catalogue;

import java.util.List;
import news.dateline.web.problem.FieldError;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/** A unique value (a slug, a Wikidata id) that another resource already holds: a 409 naming the field. */
public class AlreadyTaken extends ProblemException {

    /**
     * @param kind  what the resource is, named in the message
     * @param field the field in the client's terms ("wikidataId")
     * @param value the value, when it is known
     */
    public AlreadyTaken(ResourceKind kind, String field, String value) {
        super(ProblemKind.CONFLICT, value == null ? "Another " + kind.wire() + " already has this " + field
                : article(kind.wire()) + kind.wire() + " with " + field + " '" + value + "' already exists",
                List.of(new FieldError(field, "is already taken")));
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ";
    }
}
