package news.dateline.suggest;

/**
 * Where a form of an entity comes from, and how much a match on it says: a full name says most, an implicit surname
 * least (the weight {@link Suggester} starts a confidence from).
 */
enum Origin {
    /** The name, in the base language or a localised one. */
    NAME(1.0),
    /** An alias of two words or more ("Organization for Security and Co-operation in Europe"). */
    ALIAS(0.85),
    /** An alias of one word ("Lavrov", "EU"). */
    SHORT_ALIAS(0.7),
    /** A person's last name, which is an alias only when no other entity is known by it. */
    SURNAME(0.6);

    final double weight;

    Origin(double weight) {
        this.weight = weight;
    }
}
