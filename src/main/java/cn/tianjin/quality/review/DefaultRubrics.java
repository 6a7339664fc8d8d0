package cn.tianjin.quality.review;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Installs the rubrics the portal ships with, in every mode, when they are missing: those listed in
 * {@code rubrics/shipped.properties} with the programme each serves (GB/T 19580-2012 for the Quality Award, the
 * default brand-evaluation rubric, ...). Officials edit them (as new versions) or import their own.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DefaultRubrics {
    static final String SHIPPED = "rubrics/shipped.properties";

    private static final Logger LOG = Logger.getLogger(DefaultRubrics.class.getName());

    @Inject
    RubricService rubrics;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void install() {
        shipped().forEach((file, programme) -> installIfMissing("rubrics/" + file, programme));
    }

    /** The shipped rubrics' files and the programme of each, in the list's order. */
    static Map<String, String> shipped() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : read(SHIPPED).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                String[] kv = l.split("=", 2);
                files.put(kv[0].strip(), kv[1].strip());
            }
        }
        return files;
    }

    private void installIfMissing(String resource, String programme) {
        String json = read(resource);
        RubricDefinition def = RubricJson.read(json);
        if (rubrics.latest(def.code()).isEmpty()) {
            rubrics.installShipped(programme, json);
            LOG.info(() -> "Installed the default rubric " + def.code());
        }
    }

    static String read(String resource) {
        try (InputStream in = DefaultRubrics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
