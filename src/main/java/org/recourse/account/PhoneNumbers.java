package org.recourse.account;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as libphonenumber understands them: any common way of writing a US number (or an international
 * one with its +country code) in, E.164 out.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String DEFAULT_REGION = "US";

  private PhoneNumbers() {
  }

  /** The number in E.164, or an exception whose message says what is wrong with it. */
  public static String toE164(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidPhoneNumberException("is empty");
    }
    PhoneNumber parsed;
    try {
      parsed = UTIL.parse(raw, DEFAULT_REGION);
    } catch (NumberParseException e) {
      throw new InvalidPhoneNumberException("'" + raw + "' is not a phone number");
    }
    if (!UTIL.isValidNumber(parsed)) {
      throw new InvalidPhoneNumberException("'" + raw + "' is not a valid phone number");
    }
    return UTIL.format(parsed, PhoneNumberFormat.E164);
  }

  /** For people: (512) 555-0147 for US numbers, +44 20 7946 0018 for others. */
  public static String display(String e164) {
    try {
      PhoneNumber parsed = UTIL.parse(e164, DEFAULT_REGION);
      PhoneNumberFormat format = parsed.getCountryCode() == 1 ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL;
      return UTIL.format(parsed, format);
    } catch (NumberParseException e) {
      return e164;
    }
  }

  public static final class InvalidPhoneNumberException extends IllegalArgumentException {
    InvalidPhoneNumberException(String message) {
      super(message);
    }
  }
}
