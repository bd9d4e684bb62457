package dev.todo.adapter.http.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * Hides method-override headers from the application, so the method of a request is the one on its
 * request line. Javalin's {@code Context.method()} believes {@code X-HTTP-Method-Override}, which would
 * let a GET or a simple (CORS-preflight-free) POST delete a task and log the wrong method.
 */
public final class MethodOverrideBlocker implements Filter {
    private static final Set<String> OVERRIDE_HEADERS =
            Set.of("x-http-method-override", "x-http-method", "x-method-override");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutOverrides((HttpServletRequest) request), response);
    }

    private static boolean isOverride(String name) {
        return OVERRIDE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The request with the override headers removed. */
    private static final class WithoutOverrides extends HttpServletRequestWrapper {
        WithoutOverrides(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return isOverride(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isOverride(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            var names = Collections.list(super.getHeaderNames());
            names.removeIf(MethodOverrideBlocker::isOverride);
            return Collections.enumeration(names);
        }
    }
}
