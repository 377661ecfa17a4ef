package org.recourse.platform;

import java.nio.file.Path;
import java.time.Duration;

/** How a kind of file is worked through, read at each run so that a change of configuration applies to the next. */
public interface FileRunSettings {

  /** Where uploads wait while they are worked; shared by every node of a cluster. */
  Path getStagingDir();

  /** Rows worked per transaction. */
  int getChunkSize();

  /** A file whose node has not reported for this long is taken over by another. */
  Duration getStaleAfter();
}
