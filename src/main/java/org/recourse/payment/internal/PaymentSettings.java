package org.recourse.payment.internal;

import org.recourse.payment.BalancePart;
import java.nio.file.Path;
import java.util.List;
import org.recourse.payment.Payments;
import org.recourse.platform.FileRunSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Payments ({@code recourse.payment.*}): how credits are allocated, and how payment files are posted. */
@Component
@ConfigurationProperties("recourse.payment")
public class PaymentSettings implements FileRunSettings {

  /** The order in which each payment pays the parts of the balance; every part once. */
  private AllocationOrder allocationOrder = AllocationOrder.DEFAULT;
  /** Where uploaded payment files wait while they are posted; shared by every node of a cluster. */
  private Path stagingDir = Path.of("data", "payment-files");
  /** Rows of a payment file posted per transaction. */
  private int chunkSize = 250;

  public List<BalancePart> getAllocationOrder() {
    return allocationOrder.parts();
  }

  public void setAllocationOrder(List<BalancePart> parts) {
    this.allocationOrder = new AllocationOrder(parts);
  }

  public AllocationOrder allocationOrder() {
    return allocationOrder;
  }

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
    if (chunkSize < 1) {
      throw new IllegalArgumentException("recourse.payment.chunk-size must be at least 1");
    }
    this.chunkSize = chunkSize;
  }
}
