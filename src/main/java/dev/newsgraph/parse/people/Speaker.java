package dev.newsgraph.parse.people;

/** Who speaks: as written at the quote ("he", "the statement"), and the person meant, or null. */
record Speaker(String written, Person person) {

    static final Speaker NONE = new Speaker(null, null);

    String personName() {
        return person == null ? null : person.name();
    }
}
