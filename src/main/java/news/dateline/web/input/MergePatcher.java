package news.dateline.web.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import news.dateline.web.problem.JsonErrors;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.problem.Violations;

/**
 * Applies a merge patch to the writable form of a resource and checks the result as strictly as a full
 * replacement would be: the patched document is read back into the request record and validated again.
 */
@ApplicationScoped
public class MergePatcher {

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemKind.BAD_REQUEST, "A merge patch must be a JSON object");
        }
        JsonNode merged = MergePatch.apply(mapper.valueToTree(current), patch);
        T next;
        try {
            next = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw JsonErrors.toProblem(e);
        }
        var violations = validator.validate(next);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(Violations.toFieldErrors(violations));
        }
        return next;
    }
}
