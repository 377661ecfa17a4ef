package org.recourse.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.recourse.account.Language;
import org.recourse.negotiation.Frequency;
import org.recourse.platform.Reason;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The portal speaks English and Spanish: the debtor's own language once signed in, the browser's before, and the
 * other at any time by the link at the top of every page ({@code ?lang=es}, kept in the session). Other pages of the
 * application are English and do not read it.
 */
@Configuration(proxyBeanMethods = false)
class PortalLanguage implements WebMvcConfigurer {

  static final Locale SPANISH = Language.ES.locale();

  @Bean
  LocaleResolver localeResolver() {
    SessionLocaleResolver resolver = new SessionLocaleResolver();
    resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
    return resolver;
  }

  /** English or Spanish: whatever is not Spanish is English. */
  static Locale supported(Locale asked) {
    return asked != null && "es".equals(asked.getLanguage()) ? SPANISH : Locale.ENGLISH;
  }

  static Language language(Locale locale) {
    return "es".equals(locale.getLanguage()) ? Language.ES : Language.EN;
  }

  /** Whether the person chose the page's language themselves (then it is kept over the debtor's on file). */
  static boolean chosen(HttpServletRequest request) {
    var session = request.getSession(false);
    return session != null && session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME) != null;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleResolver resolver = localeResolver();
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "es".equals(lang)) {
          resolver.setLocale(request, response, "es".equals(lang) ? SPANISH : Locale.ENGLISH);
        }
        return true;
      }
    }).addPathPatterns("/portal", "/portal/**");
  }

  /** Money and dates as the page's language writes them, and a service's reasons in the portal's words. */
  @Component("portalWords")
  static class Words {

    private final MessageSource messages;

    Words(MessageSource messages) {
      this.messages = messages;
    }

    /** Whether the portal words this reason of a service's (in every language it speaks: the bundles match). */
    boolean knows(Reason reason) {
      return messages.getMessage(key(reason), null, null, Locale.ENGLISH) != null;
    }

    String key(Reason reason) {
      return "refusal." + reason.code();
    }

    /** A reason's arguments as the page writes them: money, dates, how often; numbers and words as they are. */
    Object[] arguments(Reason reason) {
      return reason.arguments().stream().map(this::argument).toArray();
    }

    private String argument(Object argument) {
      if (argument instanceof BigDecimal amount) {
        return money(amount);
      }
      if (argument instanceof LocalDate day) {
        return date(day);
      }
      if (argument instanceof Frequency frequency) {
        return messages.getMessage("per." + frequency.name(), null, LocaleContextHolder.getLocale());
      }
      return argument == null ? "" : argument.toString();
    }

    public String money(BigDecimal amount) {
      return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    public String date(LocalDate date) {
      return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
          .withLocale(LocaleContextHolder.getLocale()));
    }

    /** The day of an instant, in Eastern time (where the collector's letters are dated). */
    public String day(java.time.Instant at) {
      return at == null ? "" : date(LocalDate.ofInstant(at, ZoneId.of("America/New_York")));
    }

    /** What the debtor typed into a field, to show it again, or what the page suggests. */
    public String typed(java.util.Map<String, String> typed, String field, Object otherwise) {
      if (typed != null && typed.containsKey(field)) {
        return typed.get(field);
      }
      return otherwise == null ? "" : otherwise.toString();
    }

    /** The language's code for {@code <html lang>}: en or es. */
    public String lang() {
      return LocaleContextHolder.getLocale().getLanguage().equals("es") ? "es" : "en";
    }
  }
}
