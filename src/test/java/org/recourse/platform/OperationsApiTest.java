package org.recourse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** What operations and integrators rely on: the OpenAPI document, health and metrics. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false) // tests switch metric exporters off unless asked
@ActiveProfiles("h2test")
class OperationsApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  BuildProperties build;

  @Test
  void the_openapi_document_describes_the_api() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths", hasKey("/api/accounts")))
        .andExpect(jsonPath("$.paths", hasKey("/api/portfolios")))
        .andExpect(jsonPath("$.paths", hasKey("/api/cases/{caseNumber}")))
        .andExpect(jsonPath("$.paths", hasKey("/api/payments")))
        .andExpect(jsonPath("$.components.schemas", hasKey("Placement")));
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }

  @Test
  void swagger_is_titled_recourse_with_the_version_built_and_offers_http_basic_to_authorize() throws Exception {
    assertThat(build.getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("Recourse"))
        .andExpect(jsonPath("$.info.version").value(build.getVersion()))
        .andExpect(jsonPath("$.components.securitySchemes.basic.type").value("http"))
        .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
        .andExpect(jsonPath("$.security[0].basic").isArray());
  }

  @Test
  void health_is_public_and_metrics_are_for_admins() throws Exception {
    TestData.usersAndCreditors(identity, accounts);
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/metrics").with(httpBasic("collector", "collector"))).andExpect(status().isForbidden());
    mvc.perform(get("/actuator/metrics").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.names").isArray());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
  }
}
