package org.recourse.intake.internal;

import java.nio.file.Path;
import org.recourse.platform.FileRunSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Portfolio imports ({@code recourse.intake.*}). */
@Component
@ConfigurationProperties("recourse.intake")
public class IntakeSettings implements FileRunSettings {

  /** Where uploaded files wait while they are placed; shared by every node of a cluster. */
  private Path stagingDir = Path.of("data", "imports");
  /** Rows placed per transaction. */
  private int chunkSize = 200;
  /**
   * Chunks of one file placed side by side: a chunk's work is the JVM's and the database's in turn, so one chunk at
   * a time leaves a core of the machine idle. Accounts may be placed in any order; an account number twice in a
   * file is caught by its unique key whichever chunk gets there first.
   */
  private int parallelChunks = 2;

  public Path getStagingDir() {
    return stagingDir;
  }

  public void setStagingDir(Path stagingDir) {
    this.stagingDir = stagingDir;
  }

  public int getChunkSize() {
    return chunkSize;
  }

  public void setChunkSize(int chunkSize) {
    this.chunkSize = chunkSize;
  }

  @Override
  public int getParallelChunks() {
    return parallelChunks;
  }

  public void setParallelChunks(int parallelChunks) {
    if (parallelChunks < 1) {
      throw new IllegalArgumentException("recourse.intake.parallel-chunks must be at least 1");
    }
    this.parallelChunks = parallelChunks;
  }
}
