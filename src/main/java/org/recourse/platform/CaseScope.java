package org.recourse.platform;

import java.util.HashSet;
import java.util.Set;

/**
 * The cases someone may see, as the few ids that decide it: either only these cases, or every case but these. The
 * legal team sees only the cases referred to it; a collector every case but those, which stay a short list however
 * large the portfolio grows.
 */
public record CaseScope(boolean onlyThese, Set<Long> ids) {

  public static final CaseScope ALL = new CaseScope(false, Set.of());

  public CaseScope {
    ids = Set.copyOf(ids);
  }

  public static CaseScope only(Set<Long> ids) {
    return new CaseScope(true, ids);
  }

  public static CaseScope allBut(Set<Long> ids) {
    return new CaseScope(false, ids);
  }

  public boolean includes(long caseId) {
    return onlyThese == ids.contains(caseId);
  }

  /** The cases both scopes let one see. */
  public CaseScope and(CaseScope other) {
    Set<Long> combined = new HashSet<>();
    if (onlyThese && other.onlyThese) {
      ids.stream().filter(other.ids::contains).forEach(combined::add);
      return only(combined);
    }
    if (onlyThese || other.onlyThese) {
      CaseScope kept = onlyThese ? this : other;
      CaseScope left = onlyThese ? other : this;
      kept.ids.stream().filter(id -> !left.ids.contains(id)).forEach(combined::add);
      return only(combined);
    }
    combined.addAll(ids);
    combined.addAll(other.ids);
    return allBut(combined);
  }
}
