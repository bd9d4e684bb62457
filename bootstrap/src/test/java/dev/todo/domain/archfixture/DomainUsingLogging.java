package dev.todo.domain.archfixture;

/** Deliberate violation: a domain class that depends on a logging library. */
public final class DomainUsingLogging {
    private final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DomainUsingLogging.class);

    public void work() {
        log.info("domain code should not log through a library");
    }
}
