package news.dateline.suggest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import news.dateline.cache.ChangesHeard;
import news.dateline.catalogue.ResourceKind;

/**
 * Follows the tags and people that any instance changes: what the instance's one listener on the change log
 * ({@code cache/ChangeListener}, {@code LISTEN dateline_changes}) hears that may have changed a tag or a person, or
 * {@code *} (a large change, or the listener has just connected and missed what came before), rebuilds the dictionary.
 */
@Singleton
class DictionaryListener {

    private final Dictionaries dictionaries;

    DictionaryListener(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** On the listener's thread: a rebuild is only queued ({@link Dictionaries#rebuild}). */
    void heard(@Observes ChangesHeard heard) {
        if (heard.mayConcern(ResourceKind.TAG.wire(), ResourceKind.PERSON.wire())) {
            dictionaries.rebuild();
        }
    }
}
