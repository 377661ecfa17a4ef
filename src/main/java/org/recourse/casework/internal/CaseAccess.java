package org.recourse.casework.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CaseVisibility;
import org.recourse.platform.CaseScope;
import org.recourse.platform.VisibleCases;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the {@link CaseVisibility} rules to the API: a request about a case the caller may not see is forbidden
 * (403), whether the case exists or not, so that nobody learns which cases there are; the case list holds only the
 * cases they may see. The one place that answers who sees which case: features that serve a case by another key ask it
 * as {@link VisibleCases}.
 */
@Configuration(proxyBeanMethods = false)
public class CaseAccess implements WebMvcConfigurer, VisibleCases {

  private final List<CaseVisibility> rules;

  CaseAccess(List<CaseVisibility> rules) {
    this.rules = rules;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
            HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String caseNumber = path == null ? null : path.get("caseNumber");
        if (caseNumber != null) {
          requireVisible(caseNumber);
        }
        return true;
      }
    }).addPathPatterns("/api/cases/**", "/workspace/cases/**");
  }

  @Override
  public void requireVisible(String caseNumber) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    for (CaseVisibility rule : rules) {
      if (rule.limits(caller) && !visible(rule, caseNumber)) {
        throw new AccessDeniedException("case " + caseNumber + " is not among the cases the caller may see");
      }
    }
  }

  private static boolean visible(CaseVisibility rule, String caseNumber) {
    try {
      return rule.includes(CaseNumbers.idOf(caseNumber));
    } catch (CaseNotFoundException notACaseNumber) {
      return false;
    }
  }

  @Override
  public CaseScope scope() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    CaseScope scope = CaseScope.ALL;
    for (CaseVisibility rule : rules) {
      if (rule.limits(caller)) {
        scope = scope.and(rule.scope());
      }
    }
    return scope;
  }
}
