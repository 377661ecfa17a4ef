package org.recourse.compliance;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.recourse.account.UsState;

/**
 * Where a debtor may be: the time zones of their state (all of them where a state spans two; the address does not
 * say which side of the line it is on) and those of the phone number about to be called (libphonenumber's
 * mapping of area codes to zones).
 */
public final class StateTimeZones {

  private static final Map<UsState, List<ZoneId>> ZONES = new EnumMap<>(UsState.class);
  private static final int MAX_REMEMBERED_PHONES = 100_000;
  private static final Map<String, List<ZoneId>> PHONE_ZONES = new ConcurrentHashMap<>();

  static {
    zones("America/New_York", UsState.CT, UsState.DE, UsState.DC, UsState.GA, UsState.ME, UsState.MD, UsState.MA,
        UsState.NH, UsState.NJ, UsState.NY, UsState.NC, UsState.OH, UsState.PA, UsState.RI, UsState.SC, UsState.VT,
        UsState.VA, UsState.WV);
    zones("America/Chicago", UsState.AL, UsState.AR, UsState.IL, UsState.IA, UsState.LA, UsState.MN, UsState.MS,
        UsState.MO, UsState.OK, UsState.WI);
    zones("America/Denver", UsState.CO, UsState.MT, UsState.NM, UsState.UT, UsState.WY);
    zones("America/Los_Angeles", UsState.CA, UsState.NV, UsState.WA);
    ZONES.put(UsState.AK, List.of(ZoneId.of("America/Anchorage"), ZoneId.of("America/Adak")));
    // Arizona keeps standard time all year, except the Navajo Nation.
    ZONES.put(UsState.AZ, List.of(ZoneId.of("America/Phoenix"), ZoneId.of("America/Denver")));
    ZONES.put(UsState.FL, List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago")));
    ZONES.put(UsState.HI, List.of(ZoneId.of("Pacific/Honolulu")));
    ZONES.put(UsState.ID, List.of(ZoneId.of("America/Boise"), ZoneId.of("America/Los_Angeles")));
    ZONES.put(UsState.IN, List.of(ZoneId.of("America/Indiana/Indianapolis"), ZoneId.of("America/Chicago")));
    ZONES.put(UsState.KS, List.of(ZoneId.of("America/Chicago"), ZoneId.of("America/Denver")));
    ZONES.put(UsState.KY, List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago")));
    ZONES.put(UsState.MI, List.of(ZoneId.of("America/Detroit"), ZoneId.of("America/Menominee")));
    ZONES.put(UsState.NE, List.of(ZoneId.of("America/Chicago"), ZoneId.of("America/Denver")));
    ZONES.put(UsState.ND, List.of(ZoneId.of("America/Chicago"), ZoneId.of("America/Denver")));
    ZONES.put(UsState.OR, List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Boise")));
    ZONES.put(UsState.SD, List.of(ZoneId.of("America/Chicago"), ZoneId.of("America/Denver")));
    ZONES.put(UsState.TN, List.of(ZoneId.of("America/Chicago"), ZoneId.of("America/New_York")));
    ZONES.put(UsState.TX, List.of(ZoneId.of("America/Chicago"), ZoneId.of("America/Denver")));
    ZONES.put(UsState.AS, List.of(ZoneId.of("Pacific/Pago_Pago")));
    ZONES.put(UsState.GU, List.of(ZoneId.of("Pacific/Guam")));
    ZONES.put(UsState.MP, List.of(ZoneId.of("Pacific/Saipan")));
    ZONES.put(UsState.PR, List.of(ZoneId.of("America/Puerto_Rico")));
    ZONES.put(UsState.VI, List.of(ZoneId.of("America/St_Thomas")));
    for (UsState state : UsState.values()) {
      if (!ZONES.containsKey(state)) {
        throw new ExceptionInInitializerError("no time zone for " + state);
      }
    }
  }

  private StateTimeZones() {
  }

  public static List<ZoneId> of(UsState state) {
    return ZONES.get(state);
  }

  /** The zones of a number in E.164, as libphonenumber maps its area code; empty when it cannot tell. */
  public static List<ZoneId> ofPhone(String e164) {
    // The guard asks for every call; parsing the number is most of its work in the JVM. The mapping never changes
    // while Recourse runs, so numbers seen are remembered, up to a bound.
    List<ZoneId> known = PHONE_ZONES.get(e164);
    if (known != null) {
      return known;
    }
    if (PHONE_ZONES.size() >= MAX_REMEMBERED_PHONES) {
      PHONE_ZONES.clear();
    }
    List<ZoneId> zones = zonesOf(e164);
    PHONE_ZONES.put(e164, zones);
    return zones;
  }

  private static List<ZoneId> zonesOf(String e164) {
    try {
      var number = PhoneNumberUtil.getInstance().parse(e164, "US");
      return PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(number).stream()
          .filter(zone -> !PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(zone))
          .map(ZoneId::of)
          .toList();
    } catch (NumberParseException e) {
      return List.of();
    }
  }

  /** Every zone the debtor may be in when reached on {@code phone} (which may be null). */
  public static Set<ZoneId> candidates(UsState state, String phone) {
    Set<ZoneId> zones = new LinkedHashSet<>(of(state));
    if (phone != null) {
      zones.addAll(ofPhone(phone));
    }
    return zones;
  }

  private static void zones(String zone, UsState... states) {
    for (UsState state : states) {
      ZONES.put(state, List.of(ZoneId.of(zone)));
    }
  }
}
