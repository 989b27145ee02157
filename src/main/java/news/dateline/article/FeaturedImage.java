package news.dateline.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import news.dateline.web.input.WebUrl;

/** The picture that leads an article, with the text that must travel with it. */
public record FeaturedImage(
        @NotNull @WebUrl String url,
        @Size(max = 500) String alt,
        @Size(max = 1000) String caption,
        @Size(max = 200) String credit) {
}
