package dev.irx.internal.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logback's fallback for a process that has no logback configuration of its own: warnings to stderr. Without it,
 * logback logs everything at DEBUG to stdout, so a program with irx.jar on its class path printed thousands of
 * PDFBox lines into its own output. Logback runs service-loaded configurators before it looks for files, so this one
 * steps aside (and logback goes on to read it) whenever a configuration is present: the
 * {@code logback.configurationFile} property (which {@link Main} sets for the CLI), a {@code logback-test.xml},
 * {@code logback.xml} or serialized {@code logback.scmo} on the class path.
 */
public final class QuietLogging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (hasOwnConfiguration()) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%level %logger{20}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(ctx);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // PDFBox warns about every odd font, thousands of lines for a damaged file; irx reports what failed itself.
        ctx.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        ctx.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static boolean hasOwnConfiguration() {
        if (System.getProperty("logback.configurationFile") != null) return true;
        if (System.getProperty("logback.serializedModelFile") != null) return true;
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) cl = QuietLogging.class.getClassLoader();
        for (String name : new String[] {"logback-test.xml", "logback.xml", "logback-test.scmo", "logback.scmo"}) {
            if (cl.getResource(name) != null) return true;
        }
        return false;
    }
}
