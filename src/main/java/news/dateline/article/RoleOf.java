package news.dateline.article;

import news.dateline.person.Person;

/** A person and the role to link them to an article in, once the reference in the request has been resolved. */
record RoleOf(Person person, PersonRole role) {
}
