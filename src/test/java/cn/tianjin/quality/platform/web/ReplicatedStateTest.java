package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;

/**
 * In a cluster every view-scoped and session-scoped bean travels inside the HTTP session to the other instances, by
 * Java serialisation. A field that cannot be serialised breaks replication; a transient field comes back null on the
 * instance that takes over, so a postback there would fail. This test reads every such bean, and recursively every
 * project type its fields hold, and refuses both, apart from two kinds of transient field that are safe: an upload
 * (it lives for the one request that sends it) and a cache marked {@link RebuiltWhenNull}.
 */
class ReplicatedStateTest {
    private static final String ROOT_PACKAGE = "cn.tianjin.quality";

    /** Collection interfaces are not Serializable themselves; what the beans put in them (ArrayList, List.of...) is. */
    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Collection.class, Map.class, Set.class,
            java.util.SortedMap.class, java.util.NavigableMap.class, java.util.SortedSet.class);

    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> checked = new HashSet<>();

    static List<Class<?>> projectClasses() throws IOException, URISyntaxException {
        Path root = Path.of(RebuiltWhenNull.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, ReplicatedStateTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return classes;
    }

    static List<Class<?>> sessionHeldBeans() throws IOException, URISyntaxException {
        return projectClasses().stream()
                .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                .toList();
    }

    @Test
    void theScanFindsTheBeans() throws Exception {
        List<String> names = sessionHeldBeans().stream().map(Class::getSimpleName).toList();
        assertThat(names).contains("ApplicationBacking", "ScoreSheetBacking", "AccountsBacking").hasSizeGreaterThan(30);
    }

    @Test
    void everyViewAndSessionScopedBeanSurvivesAMoveToAnotherInstance() throws Exception {
        for (Class<?> bean : sessionHeldBeans()) {
            checkClass(bean, bean.getSimpleName());
        }
        assertThat(problems).as("state that would be lost or would break session replication").isEmpty();
    }

    @Test
    void theCheckRefusesWhatItShould() {
        checkClass(Broken.class, "Broken");
        assertThat(problems).hasSize(4)
                .anyMatch(p -> p.contains("Broken.injected") && p.contains("null after"))
                .anyMatch(p -> p.contains("Broken.loaded") && p.contains("transient"))
                .anyMatch(p -> p.contains("Broken.held") && p.contains("NotSerializable"))
                .anyMatch(p -> p.contains("Broken.nested") && p.contains("Optional"));
    }

    private void checkClass(Class<?> c, String path) {
        if (!checked.add(c)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
        }
        for (Class<?> k = c; k != null && k != Object.class && k.getName().startsWith(ROOT_PACKAGE); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                checkField(f, path + "." + f.getName());
            }
        }
    }

    private void checkField(Field f, String path) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) || f.isSynthetic()) {
            return;
        }
        if (Modifier.isTransient(m)) {
            if (f.isAnnotationPresent(Inject.class)) {
                problems.add(path + ": an injected field marked transient is null after the session moves to "
                        + "another instance (the container does not inject again); injected beans are proxies that serialise");
            } else if (f.getType() != UploadedFile.class && !f.isAnnotationPresent(RebuiltWhenNull.class)) {
                problems.add(path + ": transient state is lost when the session moves to another instance; keep it "
                        + "serialisable, or mark a self-rebuilding cache @RebuiltWhenNull");
            }
            return;
        }
        if (f.isAnnotationPresent(Inject.class)) {
            return; // normal-scoped beans are injected as serialisable proxies; Weld checks the rest at deployment
        }
        checkType(f.getGenericType(), path);
    }

    private void checkType(Type t, String path) {
        if (t instanceof ParameterizedType p) {
            checkType(p.getRawType(), path);
            for (Type arg : p.getActualTypeArguments()) {
                checkType(arg, path + "<>");
            }
        } else if (t instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]");
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                checkType(b, path);
            }
        } else if (t instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]");
            } else if (c.getName().startsWith(ROOT_PACKAGE)) {
                checkClass(c, path);
            } else if (!CONTAINERS.contains(c) && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
        } else {
            // a type variable: its bound is checked where the class is used with a real type
        }
    }

    /** What the check must refuse. */
    @SuppressWarnings("unused")
    static class Broken implements Serializable {
        @Inject
        transient Language injected;

        private transient List<String> loaded;

        private NotSerializable held;

        private Nested nested;

        record NotSerializable(String name) {
        }

        record Nested(java.util.Optional<String> maybe) implements Serializable {
        }
    }
}
