package dev.todo.bootstrap.ops;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.todo.bootstrap.config.LogFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Configures logging once at start-up: one line per event on standard output, as text or JSON. */
public final class LoggingSetup {
    private LoggingSetup() {}

    public static void configure(LogFormat format) {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        var appender = new ConsoleAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setName("stdout");
        appender.setEncoder(encoder(format, context));
        appender.start();
        // request threads hand lines to one writer thread; nothing is discarded when the queue fills
        var async = new AsyncAppender();
        async.setContext(context);
        async.setName("async-stdout");
        async.setQueueSize(8192);
        async.setDiscardingThreshold(0);
        // on shutdown the writer drains the queue; logback's default gives up (and drops lines) after 1 s
        async.setMaxFlushTime(10_000);
        async.addAppender(appender);
        async.start();
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);
        // quiet chatty libraries; their warnings still show
        for (String noisy :
                new String[] {"org.eclipse.jetty", "io.javalin", "com.zaxxer.hikari", "org.flywaydb", "io.zonky"}) {
            context.getLogger(noisy).setLevel(Level.WARN);
        }
    }

    /** Writes out every queued line; call last, on shutdown. */
    public static void flush() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }

    private static Encoder<ILoggingEvent> encoder(LogFormat format, LoggerContext context) {
        if (format == LogFormat.JSON) {
            var json = new JsonEncoder();
            json.setContext(context);
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.setWithArguments(false);
            json.setWithMessage(false); // the pattern without its values
            json.setWithFormattedMessage(true);
            json.start();
            return json;
        }
        var text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} %-5level %logger{20} - %msg%n");
        text.start();
        return text;
    }
}
