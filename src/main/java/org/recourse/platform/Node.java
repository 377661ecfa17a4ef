package org.recourse.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This running node, and the lease by which every node knows whether the work another claimed is still being done.
 *
 * <p>The node's id is {@code recourse.node.id} (give each node its own, e.g. its host name); without one, every start
 * is a new node. Each start is a new <em>incarnation</em>: claims name the node's life ({@link #token()}), so a node
 * restarted after a crash takes its own interrupted work back at once, and other nodes take a stopped node's work
 * once it has not beaten for {@code recourse.node.lease} (seconds, not minutes). Leases count real time: the business
 * clock, which tests and the demo move, has no say in whether a node is alive.
 */
@Component
public class Node implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(Node.class);
  private static final Clock REAL_TIME = Clock.systemUTC();

  private final JdbcTemplate jdbc;
  private final String id;
  private final String incarnation = UUID.randomUUID().toString().substring(0, 8);
  private final Duration heartbeatEvery;
  private final Duration lease;
  private ScheduledExecutorService beat;

  Node(JdbcTemplate jdbc, @Value("${recourse.node.id:}") String id,
      @Value("${recourse.node.heartbeat-every:PT5S}") Duration heartbeatEvery,
      @Value("${recourse.node.lease:PT20S}") Duration lease) {
    if (id.length() > 40 || id.contains("@") || id.contains("#")) {
      throw new IllegalArgumentException("recourse.node.id must be at most 40 characters without '@' or '#': " + id);
    }
    if (lease.compareTo(heartbeatEvery.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException("recourse.node.lease (" + lease + ") must last at least two heartbeats ("
          + heartbeatEvery + ")");
    }
    this.jdbc = jdbc;
    this.id = id.isBlank() ? "node-" + UUID.randomUUID().toString().substring(0, 8) : id;
    this.heartbeatEvery = heartbeatEvery;
    this.lease = lease;
    register();
  }

  /** This node's life, as its claims name it: "{@code <id>@<incarnation>}". */
  public String token() {
    return id + "@" + incarnation;
  }

  /** A claim for one run of work on this node (two runs on one node tell each other apart): "token#run". */
  public String newRun() {
    return token() + "#" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Whether the life a claim names has ended, so that its work is free: this node restarted since, or that node
   * stopped beating, or no claim at all.
   */
  public boolean isGone(String claim) {
    return claim == null || !alive().contains(lifeOf(claim));
  }

  /** Every node life beating now, this one among them. */
  public Set<String> alive() {
    Set<String> alive = new HashSet<>(jdbc.queryForList(
        "select node_id || '@' || incarnation from recourse_node where heartbeat_at >= ?", String.class,
        java.sql.Timestamp.from(REAL_TIME.instant().minus(lease))));
    alive.add(token());
    return alive;
  }

  private static String lifeOf(String claim) {
    int run = claim.indexOf('#');
    return run < 0 ? claim : claim.substring(0, run);
  }

  private void register() {
    Instant now = REAL_TIME.instant();
    int updated = jdbc.update("update recourse_node set incarnation = ?, started_at = ?, heartbeat_at = ? "
        + "where node_id = ?", incarnation, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), id);
    if (updated == 0) {
      jdbc.update("insert into recourse_node (node_id, incarnation, started_at, heartbeat_at) values (?, ?, ?, ?)",
          id, incarnation, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
    }
    LOG.info("This is node {} (life {})", id, token());
  }

  private void heartbeat() {
    try {
      jdbc.update("update recourse_node set heartbeat_at = ? where node_id = ? and incarnation = ?",
          java.sql.Timestamp.from(REAL_TIME.instant()), id, incarnation);
    } catch (RuntimeException e) {
      LOG.warn("Node {} could not beat: {}", id, e.getMessage());
    }
  }

  /** Beats on a thread of its own, so that busy schedulers never make a live node look stopped. */
  @Override
  public void start() {
    beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "recourse-node-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    beat.scheduleWithFixedDelay(this::heartbeat, heartbeatEvery.toMillis(), heartbeatEvery.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Stops beating, last of all (the work it leases stops first). It does not leave early: work still finishing as the
   * context closes stays its own until the lease runs out, and a restart takes it back at once.
   */
  @Override
  public void stop() {
    if (beat != null) {
      beat.shutdownNow();
      beat = null;
    }
  }

  @Override
  public boolean isRunning() {
    return beat != null;
  }

  @Override
  public int getPhase() {
    // Stopped after every lifecycle bean of the default phase (the renderer, the schedulers).
    return Integer.MAX_VALUE - 1000;
  }
}
