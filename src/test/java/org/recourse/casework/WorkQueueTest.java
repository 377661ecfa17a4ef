package org.recourse.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.recourse.support.EngineTest;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The collectors' queue over Recourse's API: highest priority first, with each task's case, for members only. */
@AutoConfigureMockMvc
class WorkQueueTest extends EngineTest {

  @Autowired
  MockMvc mvc;

  @Test
  void the_queue_lists_the_groups_tasks_by_priority_with_their_cases_and_only_to_its_members() throws Exception {
    String small = atTheCollector(TestData.placement(TestData.accountNumber(), "300.00", null));
    String large = atTheCollector(TestData.placement(TestData.accountNumber(), "9000.00", null));
    int smallPriority = cases.require(small).getPriority();
    int largePriority = cases.require(large).getPriority();

    var page = mvc.perform(get("/api/work-queue").param("group", "collectors").param("size", "200")
            .with(httpBasic("collector", "collector")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.caseNumber == '%s')].taskKey", large).value("Task_WorkAccount"))
        .andExpect(jsonPath("$[?(@.caseNumber == '%s')].balance", large).value(9035.0))
        .andExpect(jsonPath("$[?(@.caseNumber == '%s')].status", small).value("IN_COLLECTION"));
    // Highest priority first: the priorities read down the page never rise.
    java.util.List<Integer> priorities = com.jayway.jsonpath.JsonPath.read(
        page.andReturn().getResponse().getContentAsString(), "$[*].priority");
    org.assertj.core.api.Assertions.assertThat(priorities).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    org.assertj.core.api.Assertions.assertThat(largePriority).isGreaterThan(smallPriority);
    // Within a priority, the task due first, as Tasklist's filters order them.
    java.util.List<String> due = com.jayway.jsonpath.JsonPath.read(
        page.andReturn().getResponse().getContentAsString(), "$[*].due");
    for (int i = 1; i < priorities.size(); i++) {
      if (priorities.get(i).equals(priorities.get(i - 1))) {
        org.assertj.core.api.Assertions.assertThat(java.time.Instant.parse(due.get(i)))
            .isAfterOrEqualTo(java.time.Instant.parse(due.get(i - 1)));
      }
    }

    mvc.perform(get("/api/work-queue").param("group", "managers").with(httpBasic("collector", "collector")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/work-queue").param("group", "collectors").with(httpBasic("legal", "legal")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/work-queue").param("group", "legal").with(httpBasic("legal", "legal")))
        .andExpect(status().isOk()).andExpect(jsonPath("$", Matchers.hasSize(0)));
  }
}
