package dev.todo.domain.archfixture;

/** Deliberate violation: a domain class that depends on Jackson. */
public final class DomainUsingJackson {
    public String toJson(Object value) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    }
}
