package dev.todo.bootstrap.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The HTTP statuses a browser test provokes on purpose (a refused sign-in, a conflict, an unavailable
 * server): the browser logs such failed requests as errors, and these are the only errors the test may
 * leave in the console.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@interface ExpectsFailedRequests {
    int[] value();
}
