package org.recourse.correspondence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Letters and mail, as configuration ({@code recourse.correspondence.*}). */
@Component
@ConfigurationProperties("recourse.correspondence")
public class CorrespondenceSettings {

  /** The debt collector as every letter names it (Model Form B-1's first item). */
  private final Collector collector = new Collector();
  /** The sender of every e-mail. */
  private String mailFrom = "Recourse <letters@recourse.example>";
  /** The address debtors reach Recourse at, for the opt-out links in e-mails. */
  private String publicUrl = "http://localhost:8080";
  /** The key that signs opt-out links; the same on every node. */
  private String optOutSecret = "change-me";
  /** Business days between a letter's production and its posting by the mail house. */
  private int postLeadBusinessDays = 1;
  /** How many times an e-mail is tried before a person is asked to act. */
  private int mailAttempts = 5;
  /** The wait after the first failed try; each further wait is {@link #mailBackoffMultiplier} times longer. */
  private Duration mailFirstRetryAfter = Duration.ofMinutes(1);
  private int mailBackoffMultiplier = 4;
  /** E-mails handed to the SMTP server per dispatcher run. */
  private int mailBatchSize = 50;
  /**
   * The renderer steps aside while at least this many engine jobs are due, and while this node works through a
   * file (0: never): a letter takes tens of milliseconds of CPU that cases being placed or moved along need more.
   */
  private int renderYieldToJobs = 1;

  public int getRenderYieldToJobs() {
    return renderYieldToJobs;
  }

  public void setRenderYieldToJobs(int renderYieldToJobs) {
    this.renderYieldToJobs = renderYieldToJobs;
  }

  public Collector getCollector() {
    return collector;
  }

  public String getMailFrom() {
    return mailFrom;
  }

  public void setMailFrom(String mailFrom) {
    this.mailFrom = mailFrom;
  }

  public String getPublicUrl() {
    return publicUrl;
  }

  public void setPublicUrl(String publicUrl) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  public String getOptOutSecret() {
    return optOutSecret;
  }

  public void setOptOutSecret(String optOutSecret) {
    this.optOutSecret = optOutSecret;
  }

  public int getPostLeadBusinessDays() {
    return postLeadBusinessDays;
  }

  public void setPostLeadBusinessDays(int postLeadBusinessDays) {
    this.postLeadBusinessDays = postLeadBusinessDays;
  }

  public int getMailAttempts() {
    return mailAttempts;
  }

  public void setMailAttempts(int mailAttempts) {
    if (mailAttempts < 1) {
      throw new IllegalArgumentException("recourse.correspondence.mail-attempts must be at least 1");
    }
    this.mailAttempts = mailAttempts;
  }

  public Duration getMailFirstRetryAfter() {
    return mailFirstRetryAfter;
  }

  public void setMailFirstRetryAfter(Duration mailFirstRetryAfter) {
    this.mailFirstRetryAfter = mailFirstRetryAfter;
  }

  public int getMailBackoffMultiplier() {
    return mailBackoffMultiplier;
  }

  public void setMailBackoffMultiplier(int mailBackoffMultiplier) {
    this.mailBackoffMultiplier = mailBackoffMultiplier;
  }

  public int getMailBatchSize() {
    return mailBatchSize;
  }

  public void setMailBatchSize(int mailBatchSize) {
    this.mailBatchSize = mailBatchSize;
  }

  /** The wait before try number {@code attempt + 1}, after {@code attempt} failed tries. */
  Duration retryAfter(int attempt) {
    Duration wait = mailFirstRetryAfter;
    for (int i = 1; i < attempt; i++) {
      wait = wait.multipliedBy(mailBackoffMultiplier);
    }
    return wait;
  }

  public static class Collector {
    private String name = "Recourse Recovery Services";
    private List<String> addressLines = new ArrayList<>(List.of("PO Box 1200", "Columbus, OH 43216"));
    private String phone = "(800) 555-0199";
    private String hours = "Monday to Friday, 8:00 a.m. to 8:00 p.m. Eastern";
    /** The same hours for Spanish letters. */
    private String hoursEs = "de lunes a viernes, de 8:00 a. m. a 8:00 p. m., hora del Este";
    private String website = "www.recourse.example";
    private String email = "help@recourse.example";

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<String> getAddressLines() {
      return addressLines;
    }

    public void setAddressLines(List<String> addressLines) {
      this.addressLines = addressLines;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getHours() {
      return hours;
    }

    public void setHours(String hours) {
      this.hours = hours;
    }

    public String getHoursEs() {
      return hoursEs;
    }

    public void setHoursEs(String hoursEs) {
      this.hoursEs = hoursEs;
    }

    String hours(org.recourse.account.Language language) {
      return language == org.recourse.account.Language.ES && hoursEs != null ? hoursEs : hours;
    }

    public String getWebsite() {
      return website;
    }

    public void setWebsite(String website) {
      this.website = website;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }
}
