package org.recourse;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features are modules: no cycles between them, and none reaches into another's internals. A failure names the
 * offending dependency.
 */
class ModuleStructureTest {

  @Test
  void features_depend_on_each_other_without_cycles() {
    ApplicationModules.of(RecourseApplication.class).verify();
  }
}
