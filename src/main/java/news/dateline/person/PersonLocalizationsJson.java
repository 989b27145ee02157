package news.dateline.person;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.TreeMap;
import news.dateline.language.LocalizationsJson;

/** The {@code person.localizations} column (migration V20) as a map of {@link PersonLocalization} by language. */
@Converter
public class PersonLocalizationsJson extends LocalizationsJson<PersonLocalization> {

    public static final PersonLocalizationsJson INSTANCE = new PersonLocalizationsJson();

    public PersonLocalizationsJson() {
        super(new TypeReference<TreeMap<String, PersonLocalization>>() {
        });
    }
}
