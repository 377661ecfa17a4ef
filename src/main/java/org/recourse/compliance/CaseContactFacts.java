package org.recourse.compliance;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the guard needs to know of a case's own contact history, in one query: the contacts since a moment, the
 * restrictions in force and every hold. The guard is asked before every contact; one plain statement instead of
 * three repository queries takes a third of the round trips and a fraction of the JVM's work.
 */
@Component
class CaseContactFacts {

  /**
   * One row per fact, its kind first: kind, flag (outbound; a hold in force), result, when, from, to, text
   * (detail; the representative's contact), within the validation period, id. A kind leaves the rest null.
   */
  private static final String FACTS = """
      select 'C', channel, outbound, result, occurred_at, cast(null as time), cast(null as time),
             cast(null as varchar(1000)), cast(null as boolean), id
        from contact where case_id = ? and occurred_at > ?
      union all
      select 'H', kind, lifted_at is null, cast(null as varchar(24)), cast(null as timestamp with time zone),
             cast(null as time), cast(null as time), representative_contact, within_validation_period, id
        from case_hold where case_id = ?
      union all
      select 'R', kind, cast(null as boolean), cast(null as varchar(24)), cast(null as timestamp with time zone),
             from_time, to_time, detail, cast(null as boolean), id
        from contact_restriction where case_id = ? and lifted_at is null
      order by 1, 10""";

  private final JdbcTemplate jdbc;

  CaseContactFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Facts(List<ContactRules.PastContact> history, List<ContactRules.Restriction> restrictions,
      List<ContactRules.Hold> holds) {

    /** A case's facts before anything happened to it. */
    static final Facts NONE = new Facts(List.of(), List.of(), List.of());
  }

  Facts read(long caseId, Instant since) {
    List<ContactRules.PastContact> history = new ArrayList<>();
    List<ContactRules.Restriction> restrictions = new ArrayList<>();
    List<ContactRules.Hold> holds = new ArrayList<>();
    jdbc.query(FACTS, row -> {
      switch (row.getString(1)) {
        case "C" -> history.add(new ContactRules.PastContact(ContactChannel.valueOf(row.getString(2)),
            row.getBoolean(3), ContactResult.valueOf(row.getString(4)),
            row.getObject(5, OffsetDateTime.class).toInstant()));
        case "H" -> {
          HoldKind kind = HoldKind.valueOf(row.getString(2));
          Boolean within = row.getObject(9, Boolean.class);
          holds.add(new ContactRules.Hold(kind, row.getBoolean(3), Hold.pausesCollection(kind, within),
              row.getString(8)));
        }
        default -> restrictions.add(new ContactRules.Restriction(RestrictionKind.valueOf(row.getString(2)),
            row.getObject(6, LocalTime.class), row.getObject(7, LocalTime.class), row.getString(8)));
      }
    }, caseId, since.atOffset(ZoneOffset.UTC), caseId, caseId);
    return new Facts(history, restrictions, holds);
  }
}
