package news.dateline.webhook;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import news.dateline.web.input.WebUrl;

/**
 * The body of {@code POST /api/v1/webhooks}: where to send which events, and optionally the signing secret (else one
 * is made).
 *
 * @param secret a Standard Webhooks secret: {@code whsec_} and the Base64 of 24 to 64 random bytes
 */
public record NewWebhook(
        @NotNull @WebUrl String url,
        @NotEmpty @Size(max = 16) List<@NotNull @Pattern(regexp = EventTypes.PATTERN, message = EventTypes.MESSAGE) String> events,
        @Pattern(regexp = WebhookSecrets.PATTERN, message = WebhookSecrets.MESSAGE) String secret) {
}
