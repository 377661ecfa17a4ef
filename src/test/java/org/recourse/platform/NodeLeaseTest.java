package org.recourse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lease by which nodes take over each other's work: a node that starts again frees its earlier life's claims at
 * once; another node's claims are free once it has not beaten for the lease, and not before.
 */
@SpringBootTest
@ActiveProfiles("h2test")
class NodeLeaseTest {

  private static final Duration BEAT = Duration.ofSeconds(5);
  private static final Duration LEASE = Duration.ofSeconds(20);

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Node thisNode;

  @Test
  void a_restarted_node_frees_its_earlier_lifes_work_at_once() {
    Node before = new Node(jdbc, "node-restarted", BEAT, LEASE);
    String claim = before.newRun();
    assertThat(thisNode.isGone(claim)).as("while it lives").isFalse();

    Node after = new Node(jdbc, "node-restarted", BEAT, LEASE);

    assertThat(after.isGone(claim)).as("to itself, started again").isTrue();
    assertThat(thisNode.isGone(claim)).as("to any other node").isTrue();
    assertThat(after.isGone(after.newRun())).isFalse();
  }

  @Test
  void another_nodes_work_is_free_once_its_lease_is_out_and_not_before() {
    Node other = new Node(jdbc, "node-quiet", BEAT, LEASE);
    String claim = other.newRun();

    beatAgo("node-quiet", LEASE.minusSeconds(2));
    assertThat(thisNode.isGone(claim)).isFalse();

    beatAgo("node-quiet", LEASE.plusSeconds(1));
    assertThat(thisNode.isGone(claim)).isTrue();
    assertThat(thisNode.isGone(null)).as("no claim").isTrue();
    assertThat(thisNode.isGone("a-node-never-seen@12345678")).isTrue();
  }

  @Test
  void a_node_id_that_claims_could_not_name_is_refused() {
    assertThatThrownBy(() -> new Node(jdbc, "host@1", BEAT, LEASE)).hasMessageContaining("recourse.node.id");
    assertThatThrownBy(() -> new Node(jdbc, "x".repeat(41), BEAT, LEASE)).hasMessageContaining("40 characters");
    assertThatThrownBy(() -> new Node(jdbc, "node", LEASE, BEAT)).hasMessageContaining("two heartbeats");
  }

  private void beatAgo(String nodeId, Duration ago) {
    jdbc.update("update recourse_node set heartbeat_at = ? where node_id = ?",
        Timestamp.from(Instant.now().minus(ago)), nodeId);
  }
}
