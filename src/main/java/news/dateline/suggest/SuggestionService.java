package news.dateline.suggest;

import jakarta.inject.Singleton;

/**
 * Suggests for one text against the current dictionary. Reads nothing from the database: the dictionary is in memory,
 * so an editor's keystrokes never queue behind readers for a connection.
 */
@Singleton
class SuggestionService {

    private final Dictionaries dictionaries;

    SuggestionService(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    Suggestions suggest(SuggestionText text) {
        return Suggester.suggest(dictionaries.current(), text.title(), text.body(), text.language());
    }
}
