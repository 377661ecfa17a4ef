package org.recourse.legal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.Language;
import org.recourse.account.Product;
import org.recourse.account.UsState;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactResult;
import org.recourse.correspondence.Channel;
import org.recourse.correspondence.DocumentRenderer;
import org.recourse.correspondence.LetterKind;
import org.recourse.correspondence.LetterRenderer;
import org.recourse.correspondence.internal.TemplateCatalog;
import org.recourse.legal.internal.packet.CourtPacket;
import org.recourse.legal.internal.packet.CourtPacketContents;
import org.recourse.legal.internal.packet.CourtPacketContents.AccountRecord;
import org.recourse.legal.internal.packet.CourtPacketContents.Collector;
import org.recourse.legal.internal.packet.CourtPacketContents.ContactLine;
import org.recourse.legal.internal.packet.CourtPacketContents.Creditor;
import org.recourse.legal.internal.packet.CourtPacketContents.Debtor;
import org.recourse.legal.internal.packet.CourtPacketContents.Direction;
import org.recourse.legal.internal.packet.CourtPacketContents.DisputeLine;
import org.recourse.legal.internal.packet.CourtPacketContents.HoldKind;
import org.recourse.legal.internal.packet.CourtPacketContents.HoldLine;
import org.recourse.legal.internal.packet.CourtPacketContents.Holds;
import org.recourse.legal.internal.packet.CourtPacketContents.LastPayment;
import org.recourse.legal.internal.packet.CourtPacketContents.LedgerLine;
import org.recourse.legal.internal.packet.CourtPacketContents.LetterCopy;
import org.recourse.legal.internal.packet.CourtPacketContents.Limitation;
import org.recourse.legal.internal.packet.CourtPacketContents.MilitaryStatus;
import org.recourse.legal.internal.packet.CourtPacketContents.Parties;
import org.recourse.legal.internal.packet.CourtPacketContents.Referral;
import org.recourse.legal.internal.packet.CourtPacketContents.Servicemember;
import org.recourse.legal.internal.packet.CourtPacketContents.StatementOfAccount;
import org.recourse.legal.internal.packet.CourtPacketContents.Transfer;
import org.recourse.payment.LedgerEntryKind;

/**
 * A case referred to legal, as the domain would hand it to {@link CourtPacket}: the debt of the letters' samples
 * (1,954.20 on the charge-off date + 187.65 interest + 70.00 fees - 24.40 credits = 2,187.45), real letters
 * rendered from their templates, a cardmember agreement, and a contact history. {@link #large} scales the case up
 * for the pagination test and the benchmark.
 */
final class CourtPacketFixture {

  static final String CASE_NUMBER = "RC-0000042";
  static final String ACCOUNT_NUMBER = "4111000012344821";
  static final Currency USD = Currency.getInstance("USD");
  static final Instant GENERATED_AT = Instant.parse("2027-02-01T15:30:00Z");
  static final LocalDate CHARGE_OFF = LocalDate.of(2025, 6, 30);
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  static final DocumentRenderer RENDERER = new DocumentRenderer();
  static final LetterRenderer LETTERS = new LetterRenderer(new TemplateCatalog(), RENDERER);

  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private CourtPacketFixture() {
  }

  /** The sample case: four ledger lines, three letters, one dispute, a dozen contacts, a lifted hold. */
  static CourtPacketContents sample() {
    List<LedgerLine> ledger = List.of(
        new LedgerLine(CHARGE_OFF, LedgerEntryKind.ITEMIZATION, "Balance at charge-off", money("1954.20"), null,
            money("1954.20")),
        new LedgerLine(LocalDate.of(2025, 12, 31), LedgerEntryKind.INTEREST, "Interest to placement",
            money("187.65"), null, money("2141.85")),
        new LedgerLine(LocalDate.of(2025, 12, 31), LedgerEntryKind.FEE, "Late fees to placement", money("70.00"),
            null, money("2211.85")),
        new LedgerLine(LocalDate.of(2026, 1, 15), LedgerEntryKind.PRIOR_CREDIT, "Merchant credit", money("-24.40"),
            "CR-77120", money("2187.45")));
    return contents(ledger, sampleLetters(), List.of(agreement()), contacts(12), disputes());
  }

  /** A big case: {@code letters} one-page letters, {@code ledgerLines} ledger lines, {@code contacts} contacts. */
  static CourtPacketContents large(int letters, int ledgerLines, int contacts) {
    List<LetterCopy> copies = new ArrayList<>();
    LetterKind[] kinds = {LetterKind.VALIDATION_NOTICE, LetterKind.FINAL_DEMAND, LetterKind.DISPUTE_ACKNOWLEDGEMENT,
        LetterKind.VERIFICATION};
    for (int i = 0; i < letters; i++) {
      copies.add(letter(100 + i, kinds[i % kinds.length], LocalDate.of(2026, 11, 23).plusDays(i)));
    }
    return contents(ledger(ledgerLines), copies, List.of(agreement()), contacts(contacts), disputes());
  }

  /** The case with other letters, contacts, disputes and account records. */
  static CourtPacketContents with(CourtPacketContents c, List<LetterCopy> letters, List<ContactLine> contacts,
      List<DisputeLine> disputes, List<AccountRecord> accountRecords) {
    return new CourtPacketContents(c.caseNumber(), c.generatedAt(), c.generatedBy(), c.collector(), c.parties(),
        c.statement(), c.ledger(), accountRecords, letters, disputes, contacts, c.holds(), c.limitation(),
        c.referral());
  }

  static CourtPacketContents withStatement(CourtPacketContents c, List<LedgerLine> ledger,
      StatementOfAccount statement) {
    return new CourtPacketContents(c.caseNumber(), c.generatedAt(), c.generatedBy(), c.collector(), c.parties(),
        statement, ledger, c.accountRecords(), c.letters(), c.disputes(), c.contacts(), c.holds(), c.limitation(),
        c.referral());
  }

  static CourtPacketContents withLimitation(CourtPacketContents c, Limitation limitation) {
    return new CourtPacketContents(c.caseNumber(), c.generatedAt(), c.generatedBy(), c.collector(), c.parties(),
        c.statement(), c.ledger(), c.accountRecords(), c.letters(), c.disputes(), c.contacts(), c.holds(),
        limitation, c.referral());
  }

  static Limitation limitation() {
    return new Limitation(UsState.IL, 5, "charge-off date", CHARGE_OFF, true, LocalDate.of(2030, 6, 30), false);
  }

  private static CourtPacketContents contents(List<LedgerLine> ledger, List<LetterCopy> letters,
      List<AccountRecord> accountRecords, List<ContactLine> contacts, List<DisputeLine> disputes) {
    return new CourtPacketContents(CASE_NUMBER, GENERATED_AT, "mmorales",
        new Collector("Recourse Recovery Services", List.of("PO Box 1200", "Columbus, OH 43216"), "(800) 555-0199"),
        parties(), statement(ledger), ledger, accountRecords, letters, disputes, contacts, holds(), limitation(),
        new Referral("dokafor", Instant.parse("2027-01-29T16:12:00Z"),
            List.of("Balance over $1,000 and no payment in 180 days", "The validation period ended on 2027-01-20"),
            "Debtor declined a settlement at 60 % on January 12, 2027.", money("1400.00")));
  }

  private static Parties parties() {
    return new Parties(
        new Debtor("Emily Schmidt", List.of("1845 Oakwood Avenue", "Apt 3B", "Springfield, IL 62704"), UsState.IL,
            CHICAGO),
        new Creditor("Lakeside National Bank", List.of("PO Box 8800", "Wilmington, DE 19899")),
        new Creditor("Harbor Credit Partners", List.of("200 Harbor Drive, Suite 400", "Chicago, IL 60601")),
        List.of(new Transfer("Lakeside National Bank", "Harbor Credit Partners", LocalDate.of(2025, 11, 14),
            "Bill of sale of November 14, 2025, schedule line 1184")),
        ACCOUNT_NUMBER, Product.CREDIT_CARD, USD);
  }

  /** The statement the ledger adds up to, as the domain derives it. */
  static StatementOfAccount statement(List<LedgerLine> ledger) {
    BigDecimal interest = sum(ledger, LedgerEntryKind.INTEREST);
    BigDecimal fees = sum(ledger, LedgerEntryKind.FEE);
    BigDecimal credits = sum(ledger, LedgerEntryKind.PAYMENT).add(sum(ledger, LedgerEntryKind.PRIOR_CREDIT))
        .add(sum(ledger, LedgerEntryKind.ADJUSTMENT)).negate();
    LedgerLine lastPayment = ledger.stream().filter(line -> line.kind() == LedgerEntryKind.PAYMENT)
        .reduce((a, b) -> b).orElse(null);
    return new StatementOfAccount(ItemizationDateType.CHARGE_OFF, CHARGE_OFF, money("1954.20"), interest, fees,
        credits, ledger.get(ledger.size() - 1).balance(), CHARGE_OFF, money("1954.20"),
        lastPayment == null
            ? new LastPayment(LocalDate.of(2025, 3, 14), money("75.00"))
            : new LastPayment(lastPayment.effectiveDate(), lastPayment.amount().negate()));
  }

  private static BigDecimal sum(List<LedgerLine> ledger, LedgerEntryKind kind) {
    return ledger.stream().filter(line -> line.kind() == kind).map(LedgerLine::amount)
        .reduce(money("0.00"), BigDecimal::add);
  }

  /** The itemization amount, then interest, fees and payments in turn, a day apart every other line. */
  static List<LedgerLine> ledger(int lines) {
    List<LedgerLine> ledger = new ArrayList<>();
    BigDecimal balance = money("1954.20");
    ledger.add(new LedgerLine(CHARGE_OFF, LedgerEntryKind.ITEMIZATION, "Balance at charge-off", balance, null,
        balance));
    for (int i = 1; i < lines; i++) {
      LocalDate day = CHARGE_OFF.plusDays(i / 2);
      LedgerEntryKind kind = i % 3 == 0 ? LedgerEntryKind.PAYMENT : i % 3 == 1 ? LedgerEntryKind.INTEREST
          : LedgerEntryKind.FEE;
      BigDecimal amount = switch (kind) {
        case PAYMENT -> money("-10.00");
        case INTEREST -> money("12.34");
        default -> money("1.50");
      };
      balance = balance.add(amount);
      ledger.add(new LedgerLine(day, kind, kind == LedgerEntryKind.PAYMENT ? "Card payment" : "Monthly " + kind
          .name().toLowerCase(), amount, kind == LedgerEntryKind.PAYMENT ? "PAY-" + (100000 + i) : null, balance));
    }
    return ledger;
  }

  static List<LetterCopy> sampleLetters() {
    // Given out of order: the packet sorts letters by the date they were sent.
    return List.of(
        letter(12, LetterKind.DISPUTE_ACKNOWLEDGEMENT, LocalDate.of(2026, 12, 4)),
        letter(11, LetterKind.VALIDATION_NOTICE, LocalDate.of(2026, 11, 23)),
        letter(13, LetterKind.VERIFICATION, LocalDate.of(2026, 12, 18)));
  }

  /** A letter rendered from its template as Recourse sends it, with the SHA-256 it is stored with. */
  static LetterCopy letter(long id, LetterKind kind, LocalDate sentOn) {
    LetterRenderer.RenderedLetter rendered = LETTERS.render(kind, Language.EN, USD, letterJson(kind, sentOn));
    return new LetterCopy(id, rendered.template().title(), rendered.template().name(), sentOn,
        id % 2 == 0 ? Channel.EMAIL : Channel.POST, CourtPacketContents.sha256(rendered.pdf()), rendered.pdf());
  }

  /** The letter's data as templates/README.md documents it. */
  private static String letterJson(LetterKind kind, LocalDate date) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("letter", Map.of("kind", kind.template(), "date", date, "caseNumber", CASE_NUMBER, "language", "en"));
    data.put("collector", Map.of("name", "Recourse Recovery Services",
        "addressLines", List.of("PO Box 1200", "Columbus, OH 43216"), "phone", "(800) 555-0199",
        "hours", "Monday to Friday, 8:00 a.m. to 8:00 p.m. Eastern", "website", "www.recourse.example",
        "email", "help@recourse.example"));
    data.put("debtor", Map.of("name", "Emily Schmidt",
        "addressLines", List.of("1845 Oakwood Avenue", "Apt 3B", "Springfield, IL 62704")));
    data.put("account", Map.of("originalCreditor", "Lakeside National Bank",
        "creditorOnItemizationDate", "Lakeside National Bank", "currentCreditor", "Harbor Credit Partners",
        "accountNumber", "****4821", "product", "CREDIT_CARD", "balance", money("2187.45")));
    Map<String, Object> itemization = Map.of("dateType", "CHARGE_OFF", "date", CHARGE_OFF,
        "amount", money("1954.20"), "interest", money("187.65"), "fees", money("70.00"),
        "paymentsAndCredits", money("24.40"), "total", money("2187.45"));
    Map<String, Object> dispute = Map.of("receivedOn", LocalDate.of(2026, 12, 3), "withinValidationPeriod", true);
    switch (kind) {
      case VALIDATION_NOTICE -> {
        data.put("itemization", itemization);
        data.put("validation", Map.of("endDate", LocalDate.of(2026, 12, 31)));
      }
      case FINAL_DEMAND -> data.put("demand", Map.of("balance", money("2187.45"), "respondBy", date.plusDays(30)));
      case DISPUTE_ACKNOWLEDGEMENT -> data.put("dispute", dispute);
      case VERIFICATION -> {
        data.put("itemization", itemization);
        data.put("chargeOff", Map.of("date", CHARGE_OFF, "balance", money("1954.20")));
        data.put("lastPayment", Map.of("date", LocalDate.of(2025, 3, 14), "amount", money("75.00")));
        data.put("dispute", dispute);
      }
      default -> throw new IllegalArgumentException("the fixture writes no " + kind);
    }
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cardmember agreement the creditor supplied: a two-page PDF/A document. */
  static AccountRecord agreement() {
    StringBuilder html = new StringBuilder("<html><head><title>Cardmember agreement</title>"
        + "<style>* { font-family: 'DejaVu Sans'; font-size: 10pt; } .page { page-break-after: always; }</style>"
        + "</head><body><div class=\"page\"><h1>Lakeside National Bank cardmember agreement</h1>");
    for (int i = 1; i <= 6; i++) {
      html.append("<p>Section ").append(i).append(". The terms of the account ending 4821.</p>");
    }
    html.append("</div><div><p>Signed electronically by Emily Schmidt on March 2, 2019.</p></div></body></html>");
    byte[] pdf = RENDERER.pdf(html.toString()).content();
    return new AccountRecord("LNB-AGR-2019-0302", "Cardmember agreement", LocalDate.of(2019, 3, 2),
        "Harbor Credit Partners with the placement", CourtPacketContents.sha256(pdf), pdf);
  }

  static List<ContactLine> contacts(int count) {
    List<ContactLine> contacts = new ArrayList<>();
    ContactChannel[] channels = {ContactChannel.CALL, ContactChannel.CALL, ContactChannel.EMAIL, ContactChannel.LETTER,
        ContactChannel.TEXT};
    ContactResult[] calls = {ContactResult.NO_ANSWER, ContactResult.VOICEMAIL, ContactResult.RIGHT_PARTY_CONTACT};
    // Five a day, between 9:05 and 16:05 in Springfield, from the day after the validation notice.
    Instant first = Instant.parse("2026-11-24T15:05:00Z");
    int[] hoursIntoDay = {0, 1, 3, 5, 7};
    for (int i = 0; i < count; i++) {
      Instant at = first.plus(Duration.ofDays(i / 5)).plus(Duration.ofHours(hoursIntoDay[i % 5]));
      ContactChannel channel = channels[i % channels.length];
      boolean inbound = channel == ContactChannel.CALL && i % 7 == 6;
      ContactResult result = channel == ContactChannel.CALL ? calls[i % calls.length] : ContactResult.SENT;
      String address = switch (channel) {
        case EMAIL -> "emily.schmidt@example.com";
        case LETTER -> "1845 Oakwood Avenue, Apt 3B, Springfield, IL 62704";
        default -> "(217) 555-0134";
      };
      contacts.add(new ContactLine(at, channel,
          inbound ? Direction.INBOUND : Direction.OUTBOUND, result, address,
          channel == ContactChannel.CALL ? "jlee" : "system",
          result == ContactResult.RIGHT_PARTY_CONTACT ? "Debtor says she cannot pay before March; no promise." : null));
    }
    return contacts;
  }

  static List<DisputeLine> disputes() {
    return List.of(new DisputeLine(LocalDate.of(2026, 12, 3), "letter", "Says the balance is too high",
        true, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 18), "Verified"));
  }

  private static Holds holds() {
    return new Holds(List.of(new HoldLine(HoldKind.DISPUTE, Instant.parse("2026-12-03T16:00:00Z"), "jlee",
            "Letter received December 3, 2026", "Balance disputed within the validation period",
            Instant.parse("2026-12-18T14:00:00Z"), "jlee", "Verification sent")),
        new Servicemember(MilitaryStatus.NOT_IN_MILITARY_SERVICE, LocalDate.of(2027, 1, 28),
            "DMDC SCRA status report 7H2K-Q4"));
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }
}
