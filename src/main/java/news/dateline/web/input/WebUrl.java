package news.dateline.web.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An absolute http(s) URL of sane length: the only kind of link Dateline stores (no javascript:, data:, file:). */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^https?://[^\\s/?#]+[^\\s]*$", flags = Pattern.Flag.CASE_INSENSITIVE)
@Size(max = 2000)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebUrl {

    String message() default "must be an absolute http or https URL of at most 2000 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
