package news.dateline.tag;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.TreeMap;
import news.dateline.language.LocalizationsJson;

/** The {@code tag.localizations} column (migration V20) as a map of {@link TagLocalization} by language. */
@Converter
public class TagLocalizationsJson extends LocalizationsJson<TagLocalization> {

    static final TagLocalizationsJson INSTANCE = new TagLocalizationsJson();

    public TagLocalizationsJson() {
        super(new TypeReference<TreeMap<String, TagLocalization>>() {
        });
    }
}
