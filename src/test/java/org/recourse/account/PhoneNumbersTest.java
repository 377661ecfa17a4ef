package org.recourse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  // --- PhoneNumbers -------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"(512) 555-0147", "512-555-0147", "512.555.0147", "+1 512 555 0147", "5125550147",
      "1-512-555-0147", "  512 555 0147  "})
  void common_us_formats_give_e164(String raw) {
    assertThat(PhoneNumbers.toE164(raw)).isEqualTo("+15125550147");
  }

  @Test
  void international_number_keeps_its_country() {
    assertThat(PhoneNumbers.toE164("+44 20 7946 0018")).isEqualTo("+442079460018");
    assertThat(PhoneNumbers.toE164("+52 55 5555 1234")).isEqualTo("+525555551234");
  }

  @Test
  void letters_are_not_a_phone_number() {
    assertThatThrownBy(() -> PhoneNumbers.toE164("call me"))
        .isInstanceOf(PhoneNumbers.InvalidPhoneNumberException.class)
        .hasMessage("'call me' is not a phone number");
  }

  @Test
  void too_few_digits_are_not_a_valid_phone_number() {
    assertThatThrownBy(() -> PhoneNumbers.toE164("555-0147"))
        .isInstanceOf(PhoneNumbers.InvalidPhoneNumberException.class)
        .hasMessage("'555-0147' is not a valid phone number");
  }

  @Test
  void impossible_area_code_is_not_a_valid_phone_number() {
    assertThatThrownBy(() -> PhoneNumbers.toE164("(012) 555-0147"))
        .isInstanceOf(PhoneNumbers.InvalidPhoneNumberException.class)
        .hasMessageContaining("'(012) 555-0147'");
  }

  @Test
  void empty_and_blank_numbers_are_refused() {
    for (String raw : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> PhoneNumbers.toE164(raw)).as("'%s'", raw)
          .isInstanceOf(PhoneNumbers.InvalidPhoneNumberException.class)
          .hasMessage("is empty");
    }
  }

  @Test
  void invalid_phone_number_exception_is_an_illegal_argument() {
    assertThatThrownBy(() -> PhoneNumbers.toE164("x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void display_formats_us_numbers_nationally() {
    assertThat(PhoneNumbers.display("+15125550147")).isEqualTo("(512) 555-0147");
  }

  @Test
  void display_formats_other_numbers_internationally() {
    assertThat(PhoneNumbers.display("+442079460018")).isEqualTo("+44 20 7946 0018");
  }

  @Test
  void display_leaves_what_it_cannot_parse_alone() {
    assertThat(PhoneNumbers.display("not a number")).isEqualTo("not a number");
  }

  @Test
  void display_of_e164_round_trips() {
    String e164 = PhoneNumbers.toE164("512.555.0147");
    assertThat(PhoneNumbers.toE164(PhoneNumbers.display(e164))).isEqualTo(e164);
  }

  // --- PostalCodes --------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"78701", "78701-1234", "00501", " 78701 "})
  void valid_zip_codes_are_accepted(String zip) {
    assertThat(PostalCodes.isValidZip(zip)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "7870", "787011", "78701-123", "78701-12345", "78701 1234", "787O1", "ABCDE",
      "K1A 0B1", "78701-"})
  void invalid_zip_codes_are_refused(String zip) {
    assertThat(PostalCodes.isValidZip(zip)).isFalse();
  }

  @Test
  void null_zip_is_refused() {
    assertThat(PostalCodes.isValidZip(null)).isFalse();
  }

  // --- UsState ------------------------------------------------------------------------------------------------

  @Test
  void state_codes_are_found_whatever_the_case_and_spaces() {
    assertThat(UsState.fromCode("TX")).contains(UsState.TX);
    assertThat(UsState.fromCode("tx")).contains(UsState.TX);
    assertThat(UsState.fromCode(" Ny ")).contains(UsState.NY);
    assertThat(UsState.fromCode("dc")).contains(UsState.DC);
    assertThat(UsState.fromCode("PR")).contains(UsState.PR);
  }

  @Test
  void state_display_names_are_names() {
    assertThat(UsState.TX.displayName()).isEqualTo("Texas");
    assertThat(UsState.DC.displayName()).isEqualTo("District of Columbia");
  }

  @Test
  void unknown_state_codes_give_nothing() {
    assertThat(UsState.fromCode("ZZ")).isEmpty();
    assertThat(UsState.fromCode("Texas")).isEmpty();
    assertThat(UsState.fromCode("")).isEmpty();
    assertThat(UsState.fromCode(null)).isEmpty();
  }

  @Test
  void there_are_fifty_states_dc_and_five_territories() {
    assertThat(UsState.values()).hasSize(56);
  }

  // --- Language -----------------------------------------------------------------------------------------------

  @Test
  void language_codes_are_read_with_case_and_region() {
    assertThat(Language.fromCode("en")).isEqualTo(Language.EN);
    assertThat(Language.fromCode("ES")).isEqualTo(Language.ES);
    assertThat(Language.fromCode("es-US")).isEqualTo(Language.ES);
    assertThat(Language.fromCode("es_MX")).isEqualTo(Language.ES);
    assertThat(Language.fromCode(" en-US ")).isEqualTo(Language.EN);
  }

  @Test
  void unsupported_language_is_refused() {
    assertThatThrownBy(() -> Language.fromCode("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported language 'fr' (use en or es)");
    assertThatThrownBy(() -> Language.fromCode("spanish"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'spanish'");
  }

  @Test
  void language_code_and_locale() {
    assertThat(Language.ES.code()).isEqualTo("es");
    assertThat(Language.EN.code()).isEqualTo("en");
    assertThat(Language.ES.locale()).isEqualTo(Locale.forLanguageTag("es"));
  }
}
