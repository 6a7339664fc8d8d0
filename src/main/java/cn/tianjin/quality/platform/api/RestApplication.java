package cn.tianjin.quality.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, under /api/v1; its OpenAPI document is served at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Tianjin Quality Portal API", version = "1",
        description = "Enterprise register, quality credit and, later, the programmes' public data."))
public class RestApplication extends Application {
}
