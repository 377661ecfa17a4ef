package org.recourse.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.PhoneKind;
import org.recourse.account.PostalAddress;
import org.recourse.account.UsState;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.platform.InputRejectedException;
import org.recourse.security.Roles;
import org.recourse.support.EngineTest;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A collector finds a case by whatever the caller on the phone gives, and what they learn of the debtor's numbers and
 * addresses goes on file through {@link ContactData}: a wrong number is never offered again, returned mail moves the
 * letters to the next address, and a debtor left with neither is one to trace.
 */
class CaseSearchTest extends EngineTest {

  @Autowired
  CaseSearch search;
  @Autowired
  ContactData contactData;
  @Autowired
  ContactGuard guard;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void signedInAs(String user, String group) {
    SecurityContextHolder.getContext().setAuthentication(
        new TestingAuthenticationToken(user, user, "ROLE_" + group));
  }

  @Test
  void a_case_is_found_by_its_number_account_name_phone_email_and_postal_code() {
    String accountNumber = TestData.accountNumber();
    String caseNumber = atTheCollector(TestData.placement(accountNumber, "1200.00", "maria.lopez@example.com"));
    signedInAs("collector", Roles.COLLECTORS);

    assertThat(numbers(caseNumber)).containsExactly(caseNumber);
    assertThat(numbers(caseNumber.toLowerCase().replace("-", ""))).containsExactly(caseNumber);
    assertThat(numbers(accountNumber)).containsExactly(caseNumber);
    assertThat(search.search("(512) 555-0147")).extracting(CaseSearch.Hit::caseNumber, CaseSearch.Hit::matched)
        .contains(org.assertj.core.groups.Tuple.tuple(caseNumber, "phone"));
    assertThat(numbers("512.555.0147")).contains(caseNumber);
    assertThat(numbers("MARIA.LOPEZ@")).contains(caseNumber);
    assertThat(numbers("78701")).contains(caseNumber);
    assertThat(numbers("lopez")).contains(caseNumber);
    assertThat(numbers("Lopez, Maria")).contains(caseNumber);
    assertThat(numbers("maria lop")).contains(caseNumber);
    assertThat(search.search("Lopez")).filteredOn(hit -> hit.caseNumber().equals(caseNumber)).singleElement()
        .satisfies(hit -> {
          assertThat(hit.debtorName()).isEqualTo("Maria Lopez");
          assertThat(hit.accountNumber()).startsWith("****").hasSize(8).endsWith(accountNumber.substring(accountNumber.length() - 4));
          assertThat(hit.balance()).isEqualByComparingTo("1235.00");
        });
    assertThat(numbers("Lopezz")).doesNotContain(caseNumber);
    assertThat(numbers("x")).isEmpty();
    assertThat(numbers("%")).isEmpty();
  }

  @Test
  void the_legal_team_finds_only_the_cases_referred_to_it_and_a_manager_finds_every_case() {
    String caseNumber = atTheCollector();
    signedInAs("legal", Roles.LEGAL);
    assertThat(numbers(caseNumber)).isEmpty();
    assertThat(numbers("Lopez")).isEmpty();
    signedInAs("manager", Roles.MANAGERS);
    assertThat(numbers(caseNumber)).containsExactly(caseNumber);
  }

  @Test
  void a_wrong_number_is_no_longer_offered_and_a_new_one_is() {
    String caseNumber = atTheCollector();
    long accountId = cases.require(caseNumber).getAccountId();

    contactData.addPhone(caseNumber, "512-555-0199", PhoneKind.HOME, "collector");
    contactData.wrongNumber(caseNumber, "+15125550147", "a bakery answered", "collector");

    assertThat(accounts.summary(accountId).phones()).extracting(phone -> phone.e164())
        .containsExactly("+15125550199");
    assertThat(accounts.contactDetails(accountId).phones())
        .extracting(phone -> phone.e164(), phone -> phone.wrongNumber())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("+15125550147", true),
            org.assertj.core.groups.Tuple.tuple("+15125550199", false));
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(text -> text.contains("Phone added: (512) 555-0199 (home)"))
        .anyMatch(text -> text.contains("Wrong number: (512) 555-0147 reached someone else")
            && text.contains("a bakery answered"));
    assertThatThrownBy(() -> contactData.addPhone(caseNumber, "555", PhoneKind.MOBILE, "collector"))
        .isInstanceOf(InputRejectedException.class);
    assertThatThrownBy(() -> contactData.wrongNumber(caseNumber, "+15125550100", null, "collector"))
        .isInstanceOf(InputRejectedException.class);
  }

  @Test
  void returned_mail_moves_the_letters_to_the_next_address_and_without_one_the_debtor_is_to_be_traced() {
    String caseNumber = atTheCollector();
    long accountId = cases.require(caseNumber).getAccountId();
    long first = accounts.contactDetails(accountId).addresses().get(0).id();

    var second = contactData.addMailingAddress(caseNumber,
        new PostalAddress("77 Elm St", "Apt 2", "Dallas", UsState.TX, "75201"), "collector");
    contactData.mailReturned(caseNumber, first, "moved, left no address", "collector");
    assertThat(accounts.contactDetails(accountId).addresses())
        .extracting(address -> address.id(), address -> address.forLetters(), address -> address.returned())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first, false, true),
            org.assertj.core.groups.Tuple.tuple(second.getId(), true, false));
    assertThat(accounts.summary(accountId).mailingAddress().city()).isEqualTo("Dallas");

    contactData.mailReturned(caseNumber, second.getId(), null, "collector");
    contactData.wrongNumber(caseNumber, "+15125550147", null, "collector");
    assertThat(contactData.reachable(accountId)).isFalse();
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(text -> text.contains("the debtor is to be traced"));
    assertThat(guard.permissions(caseNumber, "collector")).extracting(ContactGuard.Permission::channel)
        .doesNotContain(ContactChannel.CALL);

    assertThatThrownBy(() -> contactData.addMailingAddress(caseNumber,
        new PostalAddress(" ", null, "", null, "75201"), "collector"))
        .isInstanceOfSatisfying(InputRejectedException.class, refused -> assertThat(refused.problems())
            .extracting(problem -> problem.field()).containsExactly("line1", "city", "state"));
  }

  private List<String> numbers(String words) {
    return search.search(words).stream().map(CaseSearch.Hit::caseNumber).toList();
  }
}
