package org.recourse.platform;

import java.nio.file.Path;

/** How a kind of file is worked through, read at each run so that a change of configuration applies to the next. */
public interface FileRunSettings {

  /** Where uploads wait while they are worked; shared by every node of a cluster. */
  Path getStagingDir();

  /** Rows worked per transaction. */
  int getChunkSize();

  /**
   * How many chunks of one file are worked side by side. One, unless the file's rows may be worked in any order and
   * two chunks that race for the same row are told apart by a unique key or a lock (the losing chunk is then worked
   * row by row, and its raced row reported as such).
   */
  default int getParallelChunks() {
    return 1;
  }
}
