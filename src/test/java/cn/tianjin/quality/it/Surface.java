package cn.tianjin.quality.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the portal exposes, read from the build rather than from a list someone keeps: the pages under webapp/ with
 * the parameters they take, the REST resources and the servlets found in target/classes. The security sweeps iterate
 * over these, so a new page or call is swept without anyone remembering to add it.
 */
public final class Surface {
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");

    private Surface() {
    }

    /** Every page of the webapp folder, as its address (the folder's index page by the folder's own address). */
    public static List<String> pages() throws Exception {
        Path root = Path.of("webapp");
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("/WEB-INF/") && !f.startsWith("/resources/"))
                    .map(f -> f.substring(0, f.length() - ".xhtml".length()))
                    .map(f -> f.endsWith("/index") ? f.substring(0, f.length() - "index".length()) : f)
                    .sorted().toList();
        }
    }

    /** The URL parameters each page reads through f:viewParam, for the pages that take any. */
    public static Map<String, Set<String>> viewParams() throws Exception {
        Map<String, Set<String>> params = new TreeMap<>();
        for (String page : pages()) {
            String file = "webapp" + (page.endsWith("/") ? page + "index" : page) + ".xhtml";
            Matcher m = VIEW_PARAM.matcher(Files.readString(Path.of(file)));
            while (m.find()) {
                params.computeIfAbsent(page, p -> new TreeSet<>()).add(m.group(1));
            }
        }
        return params;
    }

    /** The portal's own classes (top-level ones), loaded without initialising them. */
    public static List<Class<?>> classes() throws Exception {
        Path root = Path.of("target/classes");
        List<Class<?>> all = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".class") && !x.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace(".class", "");
                all.add(Class.forName(name, false, Surface.class.getClassLoader()));
            }
        }
        return all;
    }

    /** One REST operation: its HTTP method, its path under /api/v1 and the roles it admits (null: everyone). */
    public record Operation(String method, String path, Set<String> roles) {
    }

    /** Every operation of the REST API. */
    public static List<Operation> operations() throws Exception {
        List<Operation> all = new ArrayList<>();
        for (Class<?> type : classes()) {
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            var classRoles = type.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
            for (var m : type.getMethods()) {
                String verb = m.isAnnotationPresent(jakarta.ws.rs.GET.class) ? "GET"
                        : m.isAnnotationPresent(jakarta.ws.rs.POST.class) ? "POST"
                        : m.isAnnotationPresent(jakarta.ws.rs.PUT.class) ? "PUT"
                        : m.isAnnotationPresent(jakarta.ws.rs.DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                String path = ("/api/v1/" + base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                var roles = m.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
                roles = roles == null ? classRoles : roles;
                all.add(new Operation(verb, path, roles == null ? null : Set.of(roles.value())));
            }
        }
        return all;
    }

    /** The URL patterns of every servlet the portal declares with @WebServlet. */
    public static Set<String> servlets() throws Exception {
        Set<String> patterns = new TreeSet<>();
        for (Class<?> type : classes()) {
            var ws = type.getAnnotation(jakarta.servlet.annotation.WebServlet.class);
            if (ws != null) {
                patterns.addAll(List.of(ws.value()));
                patterns.addAll(List.of(ws.urlPatterns()));
            }
        }
        return patterns;
    }
}
