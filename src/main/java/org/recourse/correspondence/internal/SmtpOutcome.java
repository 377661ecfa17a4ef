package org.recourse.correspondence.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * What a failed {@code JavaMailSender.send} tells about the e-mail. Only what the mail server answered, or a
 * connection never made, is a refusal: the e-mail was not taken and may be tried again. Anything else (a read timeout
 * while the server was to acknowledge the message, a connection lost mid-way) is an unknown outcome, as if the node
 * had died mid-send: the server may have taken the e-mail, so it is never tried again by itself.
 *
 * <p>Where Spring's {@code JavaMailSenderImpl} puts what: a connection that failed is the {@link MailSendException}'s
 * cause and every message's failure; a message that failed is only in its failed messages; a connection that failed
 * to close after the message went through leaves no failed message at all.
 */
public enum SmtpOutcome {

  /** The server answered with a refusal (4xx or 5xx), or no connection was made: nothing was handed over. */
  REFUSED,
  /** The message went through; only closing the connection failed. */
  ACCEPTED,
  /** Whether the server took the message is unknown. */
  UNKNOWN;

  public static SmtpOutcome of(Exception failure) {
    if (failure instanceof MailAuthenticationException || failure instanceof MailParseException
        || failure instanceof MailPreparationException || failure instanceof MessagingException) {
      // Signing in refused, or the message could not be built: nothing was handed over.
      return REFUSED;
    }
    if (failure instanceof MailSendException send) {
      if (send.getFailedMessages().isEmpty()) {
        return ACCEPTED;
      }
      if (send.getCause() != null && send.getFailedMessages().containsValue(send.getCause())) {
        return REFUSED;
      }
      return send.getFailedMessages().values().stream().allMatch(SmtpOutcome::answeredOrNotConnected)
          ? REFUSED : UNKNOWN;
    }
    return failure instanceof MailException ? UNKNOWN : REFUSED;
  }

  /** A server's answer with its code, a recipient or sender refused, or a connection that could not be opened. */
  private static boolean answeredOrNotConnected(Exception failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SMTPSendFailedException || cause instanceof SendFailedException
          || cause instanceof MailConnectException) {
        return true;
      }
    }
    return false;
  }

  /** The server's reply code in the failure, if it answered, e.g. 451 or 550; 0 otherwise. */
  public static int replyCode(Exception failure) {
    Iterable<Exception> failures = failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()
        ? send.getFailedMessages().values() : java.util.List.of(failure);
    for (Exception each : failures) {
      for (Throwable cause = each; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
        if (cause instanceof SMTPSendFailedException answered) {
          return answered.getReturnCode();
        }
      }
    }
    return 0;
  }
}
