package org.recourse.casework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recourse.account.PhoneNumbers;
import org.recourse.account.PhoneNumbers.InvalidPhoneNumberException;
import org.recourse.payment.Ledger;
import org.recourse.platform.CaseScope;
import org.recourse.platform.VisibleCases;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds cases the way a collector is asked for them on the phone: by case number, the creditor's account number,
 * the debtor's name, a phone number in any usual form, an e-mail address or a postal code. What the words can be is
 * read from their shape, every possible reading is asked at once, each of them on an index, and only the cases the
 * caller may see come back ({@link VisibleCases}).
 */
@Service
public class CaseSearch {

  /** The most cases one search shows; a collector narrows a longer list by typing more. */
  public static final int LIMIT = 50;
  /** The rows read to find the first {@link #LIMIT} cases (a case may match several ways). */
  private static final int SHORTLIST = LIMIT * 4;

  private static final Pattern CASE_NUMBER = Pattern.compile("(?i)RC-?\\d{1,12}");
  private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
  private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{2,63}");
  private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d ().-]{7,20}");
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}'., -]*");

  private final NamedParameterJdbcTemplate jdbc;
  private final VisibleCases visible;
  private final Ledger ledger;

  CaseSearch(NamedParameterJdbcTemplate jdbc, VisibleCases visible, Ledger ledger) {
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.visible = visible;
  }

  /** One case found, with what matched. */
  public record Hit(String caseNumber, CaseStatus status, String debtorName, String creditor, String accountNumber,
      String state, BigDecimal balance, String matched) {
  }

  /** The cases the words find, the caller's own scope applied, by debtor name; empty for words too short to mean. */
  public List<Hit> search(String words) {
    String query = words == null ? "" : words.strip();
    if (query.length() < 2) {
      return List.of();
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    CaseScope scope = visible.scope();
    String inScope = "";
    if (scope.onlyThese()) {
      if (scope.ids().isEmpty()) {
        return List.of();
      }
      inScope = " and a.id in (:scope)";
      params.addValue("scope", scope.ids());
    } else if (!scope.ids().isEmpty()) {
      inScope = " and a.id not in (:scope)";
      params.addValue("scope", scope.ids());
    }
    List<String> readings = readings(query, params, inScope);
    if (readings.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("""
        select c.case_number, c.status, d.first_name, d.last_name, cr.name, a.account_number, d.state_of_residence,
               a.id, m.matched
        from (""").append(String.join("\n union all\n", readings)).append("""
        ) m
        join account a on a.id = m.account_id
        join collection_case c on c.id = a.id
        join debtor d on d.id = a.debtor_id
        join creditor cr on cr.id = a.creditor_id
        where 1 = 1""").append(inScope);
    sql.append(" order by d.last_name, d.first_name, a.id fetch first ").append(SHORTLIST).append(" rows only");
    // One case may match several ways (a name and a postal code): the first reading names it.
    Map<String, Object[]> found = new LinkedHashMap<>();
    jdbc.query(sql.toString(), params, row -> {
      String caseNumber = row.getString(1);
      if (found.size() < LIMIT && !found.containsKey(caseNumber)) {
        String number = row.getString(6);
        found.put(caseNumber, new Object[] {CaseStatus.valueOf(row.getString(2)),
            row.getString(3) + " " + row.getString(4), row.getString(5),
            "****" + number.substring(Math.max(0, number.length() - 4)), row.getString(7), row.getLong(8),
            row.getString(9)});
      }
    });
    if (found.isEmpty()) {
      return List.of();
    }
    // The balances of the cases shown only, in one query.
    Map<Long, BigDecimal> balances = ledger.balances(found.values().stream().map(cells -> (Long) cells[5]).toList());
    List<Hit> hits = new ArrayList<>();
    found.forEach((caseNumber, cells) -> hits.add(new Hit(caseNumber, (CaseStatus) cells[0], (String) cells[1],
        (String) cells[2], (String) cells[3], (String) cells[4],
        balances.getOrDefault((Long) cells[5], BigDecimal.ZERO), (String) cells[6])));
    return hits;
  }

  /** Each thing the words could be, as a select of the matching accounts' ids and what matched. */
  private static List<String> readings(String query, MapSqlParameterSource params, String inScope) {
    List<String> readings = new ArrayList<>();
    String lower = query.toLowerCase(Locale.ROOT);
    if (CASE_NUMBER.matcher(query).matches()) {
      params.addValue("caseId", Long.parseLong(query.replaceAll("\\D", "")));
      readings.add("select id as account_id, 'case number' as matched from account where id = :caseId");
    }
    if (query.contains("@")) {
      params.addValue("email", escape(lower) + "%");
      readings.add("""
          select a.id as account_id, 'e-mail' as matched from debtor_email e join account a on a.debtor_id = e.debtor_id
          where lower(e.address) like :email escape '\\'""");
      return readings;
    }
    if (ZIP.matcher(query).matches()) {
      params.addValue("zip", query.substring(0, 5) + "%");
      readings.add("""
          select distinct a.id as account_id, 'postal code' as matched from debtor_address ad
          join account a on a.debtor_id = ad.debtor_id where ad.postal_code like :zip""");
    }
    String phone = phone(query);
    if (phone != null) {
      params.addValue("phone", phone);
      readings.add("""
          select a.id as account_id, 'phone' as matched from debtor_phone p join account a on a.debtor_id = p.debtor_id
          where p.number = :phone""");
    }
    if (ACCOUNT_NUMBER.matcher(query).matches() && query.chars().anyMatch(Character::isDigit)) {
      params.addValue("accountNumber", query);
      readings.add("select id as account_id, 'account number' as matched from account"
          + " where account_number = :accountNumber");
    }
    if (NAME_WORD.matcher(query).matches()) {
      readings.add(name(lower, params, inScope));
    }
    return readings;
  }

  /**
   * "Schmidt", "emily schm", "Schmidt, Emily": by the beginnings of the last and first names. A common name matches
   * thousands: each way of reading it takes only the first of them in the order shown, in the caller's scope.
   */
  private static String name(String lower, MapSqlParameterSource params, String inScope) {
    String[] parts = lower.replace(",", " ").trim().split("\\s+");
    List<String> conditions = new ArrayList<>();
    if (parts.length == 1) {
      params.addValue("name", escape(parts[0]) + "%");
      conditions.add("lower(d.last_name) like :name escape '\\'");
      conditions.add("lower(d.first_name) like :name escape '\\'");
    } else {
      params.addValue("nameA", escape(parts[0]) + "%").addValue("nameB", escape(parts[parts.length - 1]) + "%");
      // Either order: "Emily Schmidt" and "Schmidt Emily" (the comma form) both find her.
      conditions.add("lower(d.first_name) like :nameA escape '\\' and lower(d.last_name) like :nameB escape '\\'");
      conditions.add("lower(d.last_name) like :nameA escape '\\' and lower(d.first_name) like :nameB escape '\\'");
    }
    return String.join(" union all ", conditions.stream().map(condition -> "(select a.id as account_id,"
        + " 'name' as matched from debtor d join account a on a.debtor_id = d.id where " + condition + inScope
        + " order by d.last_name, d.first_name, a.id fetch first " + SHORTLIST + " rows only)").toList());
  }

  private static String phone(String query) {
    if (!PHONE_LIKE.matcher(query).matches() || query.replaceAll("\\D", "").length() < 10) {
      return null;
    }
    try {
      return PhoneNumbers.toE164(query);
    } catch (InvalidPhoneNumberException notAPhone) {
      return null;
    }
  }

  private static String escape(String like) {
    return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
