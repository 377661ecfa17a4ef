package org.recourse.platform;

import java.nio.file.Path;

/** How a kind of file is worked through, read at each run so that a change of configuration applies to the next. */
public interface FileRunSettings {

  /** Where uploads wait while they are worked; shared by every node of a cluster. */
  Path getStagingDir();

  /** Rows worked per transaction. */
  int getChunkSize();
}
