package org.recourse.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the user's {@code processes/} folder (BPMN, DMN and Camunda Forms) as one deployment, each resource
 * named by its path in that folder whether the app runs from a jar or from the build directory. The deployment
 * is made only when something changed, and then with all resources, so forms bound to their deployment are
 * always beside their processes.
 */
@Component
public class ProcessModels extends DefaultDeploymentConfiguration {

  static final String FOLDER = "processes/";
  private static final String[] PATTERNS = {
      "classpath*:" + FOLDER + "**/*.bpmn", "classpath*:" + FOLDER + "**/*.dmn", "classpath*:" + FOLDER + "**/*.form"};

  @Override
  public Set<Resource> getDeploymentResources() {
    var resolver = new PathMatchingResourcePatternResolver();
    ResourceLoader byPath = new DefaultResourceLoader();
    Set<Resource> resources = new LinkedHashSet<>();
    try {
      for (String pattern : PATTERNS) {
        for (Resource found : resolver.getResources(pattern)) {
          String url = found.getURL().toString();
          // A context resource's name is its path within the classpath: processes/forms/work-account.form
          resources.add(byPath.getResource(url.substring(url.lastIndexOf(FOLDER))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the process models", e);
    }
    if (resources.isEmpty()) {
      throw new IllegalStateException("no process models found under classpath:" + FOLDER);
    }
    return resources;
  }
}
