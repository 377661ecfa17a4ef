package org.recourse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.account.PhoneKind;
import org.recourse.account.UsState;
import org.recourse.compliance.ContactRules.Decision;
import org.recourse.compliance.ContactRules.PastContact;
import org.recourse.compliance.ContactRules.Phone;
import org.recourse.compliance.ContactRules.Request;
import org.recourse.compliance.ContactRules.Restriction;
import org.recourse.compliance.ContactRules.Situation;

/** Every contact rule at its edges. */
class ContactRulesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String NY_MOBILE = "+12125550147";
  private static final String NY_HOME = "+17185550148";
  private static final String NY_WORK = "+16465550149";
  private static final String LA_MOBILE = "+13105550147";

  private final List<PastContact> history = new ArrayList<>();
  private final List<Restriction> restrictions = new ArrayList<>();
  private final List<ContactRules.Hold> holds = new ArrayList<>();

  private Decision call(UsState state, String number, Instant at) {
    return ContactRules.evaluate(situation(state), new Request(ContactChannel.CALL, number, null), at);
  }

  private Situation situation(UsState state) {
    return new Situation(state, List.of(new Phone(NY_MOBILE, PhoneKind.MOBILE), new Phone(NY_HOME, PhoneKind.HOME),
        new Phone(NY_WORK, PhoneKind.WORK), new Phone(LA_MOBILE, PhoneKind.MOBILE)), history, restrictions, holds,
        Set.of("gone@example.com"), state == UsState.MA ? 2 : null, state == UsState.MA ? "MA-940-CMR-7.04(1)(f)" : null);
  }

  private static Instant newYork(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  private void placed(String localDateTime, ContactResult result) {
    history.add(new PastContact(ContactChannel.CALL, true, result, newYork(localDateTime)));
  }

  @Nested
  class Hours {

    @ParameterizedTest(name = "{0} in New York: allowed {1}")
    @CsvSource({"07:59, false", "08:00, true", "20:59, true", "21:00, false", "23:30, false", "03:00, false"})
    void from_eight_to_nine_local(String time, boolean allowed) {
      Decision decision = call(UsState.NY, NY_MOBILE, newYork("2026-03-04T" + time));
      assertThat(decision.allowed()).isEqualTo(allowed);
      if (!allowed) {
        assertThat(decision.rule()).isEqualTo("REGF-1006.6(b)(1)(i)");
        assertThat(decision.liftsAt().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
      }
    }

    @Test
    void where_address_and_phone_disagree_only_hours_valid_in_both_zones() {
      // A Californian called on a New York number: 10:59 in New York is 07:59 in Los Angeles.
      Decision early = call(UsState.CA, NY_MOBILE, newYork("2026-03-04T10:59"));
      assertThat(early.allowed()).isFalse();
      assertThat(early.liftsAt()).isEqualTo(newYork("2026-03-04T11:00"));
      assertThat(call(UsState.CA, NY_MOBILE, newYork("2026-03-04T11:00")).allowed()).isTrue();
      // 20:59 in New York is fine in both; at 21:00 New York closes although it is 18:00 in Los Angeles.
      assertThat(call(UsState.CA, NY_MOBILE, newYork("2026-03-04T20:59")).allowed()).isTrue();
      assertThat(call(UsState.CA, NY_MOBILE, newYork("2026-03-04T21:00")).allowed()).isFalse();
      // The Californian on a Los Angeles number: Los Angeles hours alone.
      assertThat(call(UsState.CA, LA_MOBILE, newYork("2026-03-04T23:59")).allowed()).isTrue();
    }

    @Test
    void a_texan_may_be_in_central_or_mountain_time() {
      // 08:30 in Chicago is 07:30 in El Paso.
      Instant at = LocalDateTime.parse("2026-03-04T08:30").atZone(ZoneId.of("America/Chicago")).toInstant();
      assertThat(ContactRules.evaluate(situation(UsState.TX), new Request(ContactChannel.EMAIL, "a@example.com", null),
          at).allowed()).isFalse();
    }

    @Test
    void across_the_change_to_daylight_saving_time() {
      // 12:30 UTC is 07:30 EST on Saturday 7 March 2026 and 08:30 EDT on Sunday 8 March, after the change.
      assertThat(call(UsState.NY, NY_MOBILE, Instant.parse("2026-03-07T12:30:00Z")).allowed()).isFalse();
      assertThat(call(UsState.NY, NY_MOBILE, Instant.parse("2026-03-08T12:30:00Z")).allowed()).isTrue();
      assertThat(call(UsState.NY, NY_MOBILE, Instant.parse("2026-03-08T11:59:00Z")).allowed()).as("07:59 EDT").isFalse();
      assertThat(call(UsState.NY, NY_MOBILE, Instant.parse("2026-03-08T12:00:00Z")).allowed()).as("08:00 EDT").isTrue();
      Decision late = call(UsState.NY, NY_MOBILE, Instant.parse("2026-03-08T03:00:00Z")); // 22:00 EST on the 7th
      assertThat(late.liftsAt()).as("08:00 EDT on the day of the change").isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
    }

    @Test
    void letters_are_not_bound_to_hours() {
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.LETTER, null, "final-demand"),
          newYork("2026-03-04T03:00")).allowed()).isTrue();
    }
  }

  @Nested
  class CallFrequency {

    @Test
    void the_seventh_call_in_seven_days_is_allowed_and_the_eighth_refused() {
      for (int day = 1; day <= 6; day++) {
        placed("2026-03-0" + day + "T10:00", ContactResult.NO_ANSWER);
      }
      // Inbound calls do not count.
      history.add(new PastContact(ContactChannel.CALL, false, ContactResult.NO_ANSWER, newYork("2026-03-07T09:00")));
      assertThat(call(UsState.NY, NY_HOME, newYork("2026-03-07T10:00")).allowed()).as("7th").isTrue();

      placed("2026-03-07T10:00", ContactResult.VOICEMAIL);
      Decision eighth = call(UsState.NY, NY_WORK, newYork("2026-03-07T15:00"));
      assertThat(eighth.allowed()).as("8th, on another number").isFalse();
      assertThat(eighth.rule()).isEqualTo("REGF-1006.14(b)(2)(i)");
      assertThat(eighth.liftsAt()).isEqualTo(newYork("2026-03-08T00:00"));
      assertThat(call(UsState.NY, NY_MOBILE, newYork("2026-03-08T08:00")).allowed())
          .as("the first call of 1 March has left the window").isTrue();
    }

    @Test
    void no_call_for_seven_days_after_a_conversation() {
      placed("2026-03-02T10:00", ContactResult.RIGHT_PARTY_CONTACT);

      Decision lastDay = call(UsState.NY, NY_MOBILE, newYork("2026-03-08T20:59"));
      assertThat(lastDay.allowed()).as("day 7, the conversation's day counted").isFalse();
      assertThat(lastDay.rule()).isEqualTo("REGF-1006.14(b)(2)(ii)");
      assertThat(lastDay.liftsAt()).isEqualTo(newYork("2026-03-09T00:00"));
      assertThat(call(UsState.NY, NY_MOBILE, newYork("2026-03-09T08:00")).allowed()).as("day 8").isTrue();
      // An e-mail is not a call.
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.EMAIL, "a@example.com", null),
          newYork("2026-03-03T10:00")).allowed()).isTrue();
    }

    @Test
    void a_massachusetts_debtor_is_called_or_texted_twice_in_seven_days_at_most() {
      placed("2026-03-02T10:00", ContactResult.NO_ANSWER);
      history.add(new PastContact(ContactChannel.TEXT, true, ContactResult.SENT, newYork("2026-03-04T10:00")));

      Decision third = call(UsState.MA, NY_MOBILE, newYork("2026-03-05T10:00"));
      assertThat(third.allowed()).isFalse();
      assertThat(third.rule()).isEqualTo("MA-940-CMR-7.04(1)(f)");
      assertThat(third.liftsAt()).isEqualTo(newYork("2026-03-09T00:00"));
      assertThat(call(UsState.NY, NY_MOBILE, newYork("2026-03-05T10:00")).allowed()).as("elsewhere").isTrue();
    }
  }

  @Nested
  class WhatTheDebtorAskedFor {

    @Test
    void cease_stops_everything_but_the_permitted_notices() {
      restrictions.add(new Restriction(RestrictionKind.CEASE, null, null, "letter of 2 March"));
      Instant at = newYork("2026-03-04T10:00");

      assertThat(call(UsState.NY, NY_MOBILE, at).rule()).isEqualTo("FDCPA-1692c(c)");
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.EMAIL, "a@example.com", null),
          at).allowed()).isFalse();
      assertThat(ContactRules.evaluate(situation(UsState.NY),
          new Request(ContactChannel.LETTER, null, "installment-reminder"), at).allowed()).isFalse();
      assertThat(ContactRules.evaluate(situation(UsState.NY),
          new Request(ContactChannel.LETTER, null, "cease-acknowledgement"), at).allowed()).isTrue();
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.LETTER, null, "final-demand"),
          at).allowed()).isTrue();
    }

    @Test
    void a_refusal_to_pay_is_treated_as_cease() {
      restrictions.add(new Restriction(RestrictionKind.REFUSAL_TO_PAY, null, null, null));
      assertThat(call(UsState.NY, NY_MOBILE, newYork("2026-03-04T10:00")).rule()).isEqualTo("FDCPA-1692c(c)");
    }

    @Test
    void a_represented_debtor_is_not_contacted_at_all() {
      restrictions.add(new Restriction(RestrictionKind.ATTORNEY, null, null, "Dana Reyes, Esq., (212) 555-0100"));
      Decision decision = ContactRules.evaluate(situation(UsState.NY),
          new Request(ContactChannel.LETTER, null, "final-demand"), newYork("2026-03-04T10:00"));
      assertThat(decision.rule()).isEqualTo("FDCPA-1692c(a)(2)");
      assertThat(decision.reason()).contains("Dana Reyes");
    }

    @Test
    void an_opted_out_address_gets_no_e_mail() {
      Instant at = newYork("2026-03-04T10:00");
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.EMAIL, "Gone@Example.com", null),
          at).rule()).isEqualTo("REGF-1006.6(e)");
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.EMAIL, "new@example.com", null),
          at).allowed()).isTrue();
    }

    @Test
    void a_medium_the_debtor_asked_us_not_to_use_is_refused_and_the_others_stay_open() {
      restrictions.add(new Restriction(RestrictionKind.NO_CALLS, null, null, "chosen on the portal"));
      Instant at = newYork("2026-03-04T10:00");
      Decision call = call(UsState.NY, NY_MOBILE, at);
      assertThat(call.allowed()).isFalse();
      assertThat(call.rule()).isEqualTo("REGF-1006.14(h)(1)");
      assertThat(call.reason()).contains("phone call").contains("chosen on the portal");
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.TEXT, NY_MOBILE, null), at)
          .allowed()).isTrue();
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.EMAIL, "new@example.com",
          null), at).allowed()).isTrue();
      restrictions.add(new Restriction(RestrictionKind.NO_EMAIL, null, null, null));
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.EMAIL, "new@example.com",
          null), at).rule()).isEqualTo("REGF-1006.14(h)(1)");
      assertThat(ContactRules.evaluate(situation(UsState.NY), new Request(ContactChannel.LETTER, null, null), at)
          .allowed()).isTrue();
    }

    @Test
    void inconvenient_times_are_respected_until_they_end() {
      restrictions.add(new Restriction(RestrictionKind.INCONVENIENT_TIME, LocalTime.of(12, 0), LocalTime.of(13, 0),
          "lunch at work"));
      Decision lunch = call(UsState.NY, NY_MOBILE, newYork("2026-03-04T12:30"));
      assertThat(lunch.rule()).isEqualTo("FDCPA-1692c(a)(1)");
      assertThat(lunch.liftsAt()).isEqualTo(newYork("2026-03-04T13:00"));
      assertThat(call(UsState.NY, NY_MOBILE, newYork("2026-03-04T11:59")).allowed()).isTrue();
      assertThat(call(UsState.NY, NY_MOBILE, newYork("2026-03-04T13:00")).allowed()).isTrue();
    }

    @Test
    void no_calls_at_work_where_the_employer_forbids_them() {
      restrictions.add(new Restriction(RestrictionKind.NO_CALLS_AT_WORK, null, null, null));
      Instant at = newYork("2026-03-04T10:00");
      assertThat(call(UsState.NY, NY_WORK, at).rule()).isEqualTo("FDCPA-1692c(a)(3)");
      assertThat(call(UsState.NY, NY_MOBILE, at).allowed()).isTrue();
    }
  }

  @Nested
  class Holds {

    private final Instant at = newYork("2026-03-04T10:00");

    private Decision ask(ContactChannel channel, String address, String letter) {
      return ContactRules.evaluate(situation(UsState.NY), new Request(channel, address, letter), at);
    }

    @Test
    void bankruptcy_stops_every_contact_while_it_is_on() {
      holds.add(new ContactRules.Hold(HoldKind.BANKRUPTCY, true, true, null));
      assertThat(ask(ContactChannel.CALL, NY_MOBILE, null).rule()).isEqualTo("11-USC-362(a)");
      assertThat(ask(ContactChannel.EMAIL, "a@example.com", null).allowed()).isFalse();
      assertThat(ask(ContactChannel.LETTER, null, "paid-in-full").allowed()).isFalse();

      holds.set(0, new ContactRules.Hold(HoldKind.BANKRUPTCY, false, true, null));
      assertThat(ask(ContactChannel.CALL, NY_MOBILE, null).allowed()).isTrue();
    }

    @Test
    void a_deceased_debtor_is_not_contacted_until_a_representative_is_named_and_then_only_them() {
      holds.add(new ContactRules.Hold(HoldKind.DECEASED, true, true, null));
      assertThat(ask(ContactChannel.CALL, NY_MOBILE, null).rule()).isEqualTo("REGF-1006.6(a)(4)");
      assertThat(ask(ContactChannel.LETTER, null, "final-demand").allowed()).isFalse();

      holds.set(0, new ContactRules.Hold(HoldKind.DECEASED, false, true, "Executor@Estate.example"));
      assertThat(ask(ContactChannel.EMAIL, "executor@estate.example", null).allowed()).isTrue();
      assertThat(ask(ContactChannel.CALL, NY_MOBILE, null).allowed()).isFalse();
      Decision letter = ask(ContactChannel.LETTER, null, "installment-reminder");
      assertThat(letter.rule()).isEqualTo("REGF-1006.6(a)(4)");
      assertThat(letter.reason()).contains("Executor@Estate.example");
    }

    @Test
    void a_dispute_within_the_validation_period_stops_collection_but_not_its_answers() {
      holds.add(new ContactRules.Hold(HoldKind.DISPUTE, true, true, null));
      assertThat(ask(ContactChannel.CALL, NY_MOBILE, null).rule()).isEqualTo("FDCPA-1692g(b)");
      assertThat(ask(ContactChannel.LETTER, null, "final-demand").rule()).isEqualTo("FDCPA-1692g(b)");
      assertThat(ask(ContactChannel.LETTER, null, "installment-reminder").allowed()).isFalse();
      assertThat(ask(ContactChannel.LETTER, null, "dispute-acknowledgement").allowed()).isTrue();
      assertThat(ask(ContactChannel.LETTER, null, "verification").allowed()).isTrue();
      assertThat(ask(ContactChannel.LETTER, null, "original-creditor").allowed()).isTrue();
    }

    @Test
    void a_letter_not_named_is_refused_by_a_dispute_or_a_cease_as_a_collection_letter_would_be() {
      // What a form asks: may a letter go at all? (The contact outlook asks for no letter in particular.)
      holds.add(new ContactRules.Hold(HoldKind.DISPUTE, true, true, null));
      assertThat(ask(ContactChannel.LETTER, null, null).rule()).isEqualTo("FDCPA-1692g(b)");
      holds.clear();
      restrictions.add(new Restriction(RestrictionKind.CEASE, null, null, "letter of 2 March"));
      assertThat(ask(ContactChannel.LETTER, null, null).rule()).isEqualTo("FDCPA-1692c(c)");
    }

    @Test
    void a_dispute_after_the_validation_period_is_worked_without_stopping_collection() {
      holds.add(new ContactRules.Hold(HoldKind.DISPUTE, true, false, null));
      assertThat(ask(ContactChannel.CALL, NY_MOBILE, null).allowed()).isTrue();
      assertThat(ask(ContactChannel.LETTER, null, "final-demand").allowed()).isTrue();
    }

    @Test
    void a_servicemember_may_be_contacted() {
      holds.add(new ContactRules.Hold(HoldKind.SERVICEMEMBER, true, false, null));
      assertThat(ask(ContactChannel.CALL, NY_MOBILE, null).allowed()).isTrue();
    }
  }
}
