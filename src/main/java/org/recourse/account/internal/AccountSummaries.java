package org.recourse.account.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.NoSuchElementException;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.account.DatedAmount;
import org.recourse.account.Debtor;
import org.recourse.account.Itemization;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.Language;
import org.recourse.account.PhoneKind;
import org.recourse.account.PostalAddress;
import org.recourse.account.Product;
import org.recourse.account.UsState;
import org.recourse.account.internal.AddressKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads account summaries with two plain queries. Task forms are filled once per task on the busiest path of the
 * system; a projection costs a fraction of loading the entities.
 */
@Component
public class AccountSummaries {

  private static final String ACCOUNT = """
      select a.id, cr.code, a.original_creditor, a.current_creditor, a.account_number, a.product, a.currency,
             a.delinquency_date, a.charge_off_date, a.charge_off_balance, a.last_payment_date, a.last_payment_amount,
             d.id, d.first_name, d.last_name, d.preferred_language, d.state_of_residence,
             a.itemization_date_type, a.itemization_date, a.itemization_amount
      from account a join creditor cr on cr.id = a.creditor_id join debtor d on d.id = a.debtor_id
      where a.id = ?""";

  /**
   * Addresses, phones and e-mails of one debtor, in the order they were added; not a number that reached someone else
   * nor an address whose mail came back.
   */
  private static final String CONTACTS = """
      select 'A', id, kind, line1, line2, city, state, postal_code from debtor_address
        where debtor_id = ? and returned_at is null
      union all
      select 'P', id, kind, number, null, null, null, null from debtor_phone
        where debtor_id = ? and wrong_number_at is null
      union all
      select 'E', id, case when consent_to_email then 'Y' else 'N' end, address, null, null, null, null
        from debtor_email where debtor_id = ?
      order by 1, 2""";

  private static final String LABEL = """
      select d.first_name, d.last_name, a.currency from account a join debtor d on d.id = a.debtor_id where a.id = ?""";

  private final JdbcTemplate jdbc;

  AccountSummaries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public AccountSummary summary(long accountId) {
    return only(jdbc.query(ACCOUNT, (row, n) -> read(row), accountId), accountId);
  }

  public AccountRegistry.Label label(long accountId) {
    return only(jdbc.query(LABEL, (row, n) -> new AccountRegistry.Label(name(row.getString(1), row.getString(2)),
        Currency.getInstance(row.getString(3))), accountId), accountId);
  }

  /** The one row an account id reads. */
  private static <T> T only(List<T> found, long accountId) {
    if (found.isEmpty()) {
      throw new NoSuchElementException("no account " + accountId);
    }
    return found.get(0);
  }

  /** A debtor's name as letters and tasks show it. */
  private static String name(String first, String last) {
    return first + " " + last;
  }

  private AccountSummary read(ResultSet row) throws SQLException {
    long debtorId = row.getLong(13);
    List<AccountSummary.Phone> phones = new ArrayList<>();
    List<AccountSummary.Email> emails = new ArrayList<>();
    PostalAddress[] mailing = new PostalAddress[2]; // latest mailing address, latest address of any kind
    jdbc.query(CONTACTS, contact -> {
      switch (contact.getString(1)) {
        case "A" -> {
          // The latest mailing address, else the latest address of any kind (as Debtor.mailingAddress).
          PostalAddress address = new PostalAddress(contact.getString(4), contact.getString(5), contact.getString(6),
              UsState.valueOf(contact.getString(7)), contact.getString(8));
          if (AddressKind.MAILING.name().equals(contact.getString(3))) {
            mailing[0] = address;
          }
          mailing[1] = address;
        }
        case "P" -> phones.add(new AccountSummary.Phone(contact.getString(4), PhoneKind.valueOf(contact.getString(3))));
        default -> emails.add(new AccountSummary.Email(contact.getString(4), "Y".equals(contact.getString(3))));
      }
    }, debtorId, debtorId, debtorId);
    String number = row.getString(5);
    return new AccountSummary(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
        "****" + number.substring(Math.max(0, number.length() - 4)), Product.valueOf(row.getString(6)),
        Currency.getInstance(row.getString(7)), row.getDate(8).toLocalDate(),
        new Itemization(ItemizationDateType.valueOf(row.getString(18)), row.getDate(19).toLocalDate(),
            row.getBigDecimal(20)),
        dated(row.getDate(9), row.getBigDecimal(10)), dated(row.getDate(11), row.getBigDecimal(12)),
        name(row.getString(14), row.getString(15)), Language.valueOf(row.getString(16)),
        UsState.valueOf(row.getString(17)), mailing[0] != null ? mailing[0] : mailing[1], phones, emails);
  }

  private static DatedAmount dated(Date date, BigDecimal amount) {
    LocalDate day = date == null ? null : date.toLocalDate();
    return day == null ? null : new DatedAmount(day, amount);
  }
}
