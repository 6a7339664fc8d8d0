package cn.tianjin.quality.platform.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What the OpenAPI document at {@code /openapi} states beyond the resources' annotations, in one place: the server as a
 * relative address (the document is right behind any proxy and on any host), how a caller is known (the portal's
 * session cookie) and the header every write needs, the problem document of every refusal with the refusals each
 * operation can meet, and only the schemas the operations use. Registered by {@code mp.openapi.filter}.
 */
public class ApiContract implements OASFilter {
    static final String PUBLIC = "/api/v1/public/";
    static final String SESSION = "portalSession";
    static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setServers(List.of(OASFactory.createServer().url("/")
                .description("this portal, at the address the document was fetched from")));
        api.getInfo().description("""
                The Tianjin Quality Portal's REST API: the open data of every programme (directories of titles, public \
                notices, what is on public display, certificate verification) without sign-in, and for signed-in users \
                their enterprise, an expert's own seats and, for staff, the dishonesty veto.

                Sign-in is the portal's own (the login page); calls then carry its session cookie. Calls that change \
                data must also carry the header `X-Requested-With: portal`, which a form on another site cannot send; \
                without it they are refused with 403 (`csrf`). Open data under /api/v1/public/ may be read from any \
                origin (CORS), is cached for a minute and answers 304 to `If-None-Match` with its ETag.

                Lists take `page` (from 1) and `size` (1 to 100) and answer `total`, `page`, `size` and `items`. Dates \
                are ISO 8601 (`2026-12-05`), moments carry their offset (`2026-12-05T09:30:00+08:00`). Every refusal \
                is an RFC 9457 problem document (`application/problem+json`) whose `type` names the kind; texts are \
                in Chinese unless the request asks for English (`Accept-Language: en`).""")
                .license(OASFactory.createLicense().name("Terms of reuse of the portal's open data").url("/public/open-data#terms"));
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSecurityScheme(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("the session of a user signed in on the portal's login page"));
        components.addSchema(PROBLEM, problemSchema());
        respond(components, "BadRequest", "a parameter is malformed or out of bounds, or a rule of the portal refuses the call");
        respond(components, "Unauthorized", "not signed in");
        respond(components, "Forbidden", "signed in, but the role may not make this call, or a write lacks the portal header");
        respond(components, "NotFound", "no such object, or not one the caller may see (the two are not told apart)");
        respond(components, "ServiceUnavailable", "the database is out of reach; try again after Retry-After seconds");

        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                boolean open = path.startsWith(PUBLIC);
                // Open data asks no sign-in: one empty requirement says so (an empty list is left out of the document).
                op.setSecurity(List.of(open ? OASFactory.createSecurityRequirement()
                        : OASFactory.createSecurityRequirement().addScheme(SESSION)));
                if (op.getParameters() != null && !op.getParameters().isEmpty()) {
                    ref(op, "400", "BadRequest");
                }
                if (!open) {
                    ref(op, "401", "Unauthorized");
                    ref(op, "403", "Forbidden");
                }
                if (!open || path.contains("{")) {
                    ref(op, "404", "NotFound");
                }
                ref(op, "503", "ServiceUnavailable");
            }));
        }
        keepUsedSchemas(api);
        dropEndpointList(api);
    }

    /**
     * Payara adds a list of the application's addresses under a root key {@code endpoints} that OpenAPI does not know
     * (a validator refuses the document for it); the paths say the same. Set before the filters run, so cleared here.
     */
    private static void dropEndpointList(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new java.util.HashMap<>());
        } catch (ReflectiveOperationException e) {
            // Another implementation: nothing of the kind to drop.
        }
    }

    private static void respond(Components components, String name, String description) {
        components.addResponse(name, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
    }

    private static void ref(Operation op, String status, String response) {
        if (op.getResponses().getAPIResponse(status) == null) {
            op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(response));
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A refusal (RFC 9457). `type` is " + Problems.TYPE + " followed by the kind: not-found,"
                        + " unauthorized, forbidden, csrf, method-not-allowed, not-acceptable, unsupported-media-type,"
                        + " database-unavailable, incident, or for a rule of the portal the rule's key, e.g. api.param.range.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")
                        .example(Problems.TYPE + "api.param.range"))
                .addProperty("title", text.description("what kind of problem, in the caller's language"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).example(400))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("this occurrence, in the caller's language"))
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("the address that was asked"))
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("the parameter a refusal concerns, when it concerns one"));
    }

    /** Drops the schemas no operation reaches (the scanner also describes classes the API never returns). */
    private static void keepUsedSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        List<Schema> todo = new ArrayList<>();
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                for (Operation op : item.getOperations().values()) {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> todo.add(p.getSchema()));
                    }
                    op.getResponses().getAPIResponses().values().forEach(r -> collect(r, todo));
                }
            }
        }
        api.getComponents().getResponses().values().forEach(r -> collect(r, todo));
        while (!todo.isEmpty()) {
            Schema s = todo.remove(todo.size() - 1);
            if (s == null) {
                continue;
            }
            if (s.getRef() != null) {
                String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
            }
            if (s.getProperties() != null) {
                todo.addAll(s.getProperties().values());
            }
            todo.add(s.getItems());
            for (List<Schema> list : new List[] {s.getAllOf(), s.getAnyOf(), s.getOneOf()}) {
                if (list != null) {
                    todo.addAll(list);
                }
            }
            if (s.getAdditionalPropertiesSchema() != null) {
                todo.add(s.getAdditionalPropertiesSchema());
            }
        }
        for (String name : new ArrayList<>(schemas.keySet())) {
            if (!used.contains(name)) {
                api.getComponents().removeSchema(name);
            }
        }
    }

    private static void collect(APIResponse r, List<Schema> todo) {
        if (r != null && r.getContent() != null && r.getContent().getMediaTypes() != null) {
            r.getContent().getMediaTypes().values().forEach(m -> todo.add(m.getSchema()));
        }
    }
}
