package org.recourse.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Swagger's title page: Recourse and the version built, and HTTP Basic on every operation, so that "Authorize"
 * takes a user's name and password and the calls made from the page are signed in.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

  static final String BASIC = "basic";

  @Bean
  OpenAPI openApiDocument(ObjectProvider<BuildProperties> build) {
    // Without build-info (a run from an IDE that skipped Maven's resources phase) the version is not known.
    String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("unknown");
    return new OpenAPI()
        .info(new Info().title("Recourse").version(version)
            .description("Debt-recovery case management: placements, cases, contacts, arrangements, payments, "
                + "correspondence and legal referral."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A Recourse user's name and password")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
