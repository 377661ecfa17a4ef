package org.recourse.platform;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many files (portfolios, payment files) this node is working through right now. Work that can wait, such as
 * laying out letters, looks here and lets a file have the node's processors first.
 */
@Component
public class FilesAtWork {

  private final AtomicInteger running = new AtomicInteger();

  /** Whether this node is working through a file. */
  public boolean any() {
    return running.get() > 0;
  }

  /** Counts a file as being worked through until the returned handle is closed. */
  public Working start() {
    running.incrementAndGet();
    return running::decrementAndGet;
  }

  /** A file being worked through; closing it ends the count. */
  public interface Working extends AutoCloseable {

    @Override
    void close();
  }
}
