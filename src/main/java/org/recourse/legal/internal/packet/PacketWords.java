package org.recourse.legal.internal.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.Product;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactResult;
import org.recourse.correspondence.Channel;
import org.recourse.legal.internal.packet.CourtPacketContents.Direction;
import org.recourse.legal.internal.packet.CourtPacketContents.HoldKind;
import org.recourse.legal.internal.packet.CourtPacketContents.MilitaryStatus;
import org.recourse.payment.LedgerEntryKind;

/**
 * The {@code words} object the packet's templates write with, beside the letters' {@code fmt}: the business's codes
 * in words, and times in the debtor's zone with the zone named, because a court reads "14:05" as nothing until it
 * knows where. Public so that Thymeleaf's compiled expressions may call it: interpreted, the words of a
 * thousand-line ledger take three times as long.
 */
public final class PacketWords {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a z", Locale.US);

  private static final Map<Enum<?>, String> LABELS = Map.ofEntries(
      Map.entry(Product.CREDIT_CARD, "Credit card"),
      Map.entry(Product.PERSONAL_LOAN, "Personal loan"),
      Map.entry(Product.AUTO_LOAN, "Auto loan"),
      Map.entry(Product.STUDENT_LOAN, "Student loan"),
      Map.entry(Product.MEDICAL, "Medical account"),
      Map.entry(Product.UTILITY, "Utility account"),
      Map.entry(Product.TELECOM, "Telephone or internet account"),
      Map.entry(Product.RETAIL, "Store account"),
      Map.entry(Product.OTHER, "Account"),
      // Read inside sentences: "June 30, 2025 (charge-off date)".
      Map.entry(ItemizationDateType.LAST_STATEMENT, "last statement date"),
      Map.entry(ItemizationDateType.CHARGE_OFF, "charge-off date"),
      Map.entry(ItemizationDateType.LAST_PAYMENT, "last payment date"),
      Map.entry(ItemizationDateType.TRANSACTION, "transaction date"),
      Map.entry(ItemizationDateType.JUDGMENT, "judgment date"),
      Map.entry(LedgerEntryKind.ITEMIZATION, "Owed on the itemization date"),
      Map.entry(LedgerEntryKind.INTEREST, "Interest"),
      Map.entry(LedgerEntryKind.FEE, "Fee"),
      Map.entry(LedgerEntryKind.PRIOR_CREDIT, "Credit before placement"),
      Map.entry(LedgerEntryKind.PAYMENT, "Payment"),
      Map.entry(LedgerEntryKind.ADJUSTMENT, "Adjustment"),
      Map.entry(LedgerEntryKind.REVERSAL, "Payment reversed"),
      Map.entry(LedgerEntryKind.REFUND, "Refund of a credit balance"),
      Map.entry(ContactChannel.CALL, "Call"),
      Map.entry(ContactChannel.TEXT, "Text"),
      Map.entry(ContactChannel.EMAIL, "E-mail"),
      Map.entry(ContactChannel.LETTER, "Letter"),
      Map.entry(Direction.INBOUND, "Inbound"),
      Map.entry(Direction.OUTBOUND, "Outbound"),
      Map.entry(ContactResult.RIGHT_PARTY_CONTACT, "Spoke with the debtor"),
      Map.entry(ContactResult.NO_ANSWER, "No answer"),
      Map.entry(ContactResult.VOICEMAIL, "Voicemail"),
      Map.entry(ContactResult.WRONG_NUMBER, "Wrong number"),
      Map.entry(ContactResult.REFUSED, "Refused"),
      Map.entry(ContactResult.SENT, "Sent"),
      Map.entry(Channel.POST, "Post"),
      Map.entry(Channel.EMAIL, "E-mail"),
      Map.entry(Channel.INTERNAL, "Not sent (internal)"),
      Map.entry(HoldKind.CEASE, "Cease communication"),
      Map.entry(HoldKind.REFUSAL_TO_PAY, "Refusal to pay"),
      Map.entry(HoldKind.ATTORNEY, "Represented by an attorney"),
      Map.entry(HoldKind.BANKRUPTCY, "Bankruptcy"),
      Map.entry(HoldKind.DECEASED, "Deceased"),
      Map.entry(HoldKind.SERVICEMEMBER, "Servicemember"),
      Map.entry(HoldKind.DISPUTE, "Dispute"),
      Map.entry(MilitaryStatus.ACTIVE_DUTY, "In military service"),
      Map.entry(MilitaryStatus.NOT_IN_MILITARY_SERVICE, "Not in military service"),
      Map.entry(MilitaryStatus.NOT_CHECKED, "Not checked"));

  private final ZoneId zone;

  public PacketWords(ZoneId zone) {
    this.zone = zone;
  }

  /** A code in words, e.g. "Credit card", "Spoke with the debtor"; blank for null. */
  public String label(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String label = LABELS.get(value);
    if (label == null) {
      throw new IllegalArgumentException("the court packet has no words for " + value.getClass().getSimpleName() + "."
          + value.name());
    }
    return label;
  }

  /** "a credit card", "an auto loan": the product inside a sentence. */
  public String article(Product product) {
    String label = label(product).toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  /** "11/23/2026 2:05 PM CST", in the debtor's zone. */
  public String at(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  /** "11/23/2026": the packet's one form of a date, in tables and sentences alike. */
  public String day(LocalDate date) {
    return onDay(date);
  }

  /** As {@link #day}, for the packet's own sentences and bookmarks. */
  static String onDay(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /**
   * A sentence written for Recourse's staff (an eligibility reason, kept as the referral recorded it), its dates
   * ("2026-10-15") restated in the packet's form ("10/15/2026").
   */
  public String dates(String sentence) {
    return sentence == null ? "" : ISO_DATE.matcher(sentence)
        .replaceAll(match -> DAY.format(LocalDate.parse(match.group())));
  }

  public String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }
}
