package org.recourse.casework;

import java.util.Map;
import org.recourse.account.AccountSummary;

/**
 * Adds what a feature knows about a case to the facts task forms show (the compliance feature adds holds and the
 * limitation period), without the case work depending on that feature.
 */
public interface CaseFactsContributor {

  void contribute(CollectionCase subject, AccountSummary account, Map<String, Object> facts);
}
