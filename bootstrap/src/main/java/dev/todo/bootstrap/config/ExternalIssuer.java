package dev.todo.bootstrap.config;

import java.net.URI;

/** An identity provider whose tokens are accepted: where its keys are, and its issuer and audience. */
public record ExternalIssuer(URI jwksUrl, String issuer, String audience) {}
