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
}
