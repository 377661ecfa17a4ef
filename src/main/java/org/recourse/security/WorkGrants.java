package org.recourse.security;

import java.util.Map;
import java.util.Set;

/**
 * The process definitions whose tasks a group reads and works by a grant on the definition rather than one
 * authorization per task. The engine would otherwise write an authorization for every task's candidate group, and
 * its task query compares every task with every such row: at 100,000 open cases a collector's queue took a second.
 * Granted where the group works most of the definition's tasks and nothing in it is kept from them; the group may then
 * read the definition's other tasks too (a manager's approval of their own settlement), but takes and completes only
 * a task offered to it ({@code TaskWorkRules}). Elsewhere (a collector's work on a referral with legal) the engine
 * still authorizes task by task, so a collector sees nothing else of a case with legal.
 */
public final class WorkGrants {

  private static final Map<String, Set<String>> DEFINITIONS = Map.of(
      Roles.COLLECTORS, Set.of("collection-case", "negotiation"),
      Roles.LEGAL, Set.of("legal-referral"));

  private WorkGrants() {
  }

  /** The definitions {@code group} works by grant (restored at every start: the queues depend on them). */
  public static Set<String> definitions(String group) {
    return DEFINITIONS.getOrDefault(group, Set.of());
  }

  public static Map<String, Set<String>> all() {
    return DEFINITIONS;
  }

  public static boolean byGrant(String group, String definitionKey) {
    return definitions(group).contains(definitionKey);
  }
}
