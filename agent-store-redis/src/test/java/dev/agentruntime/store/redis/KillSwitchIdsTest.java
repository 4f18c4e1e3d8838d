package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.testing.redis.RedisServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Any id (tenant, model, tool) is switched off as itself on every replica. */
class KillSwitchIdsTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  /** A tool (or model, tenant) id holding a tab is switched off as itself on the other replicas. */
  @Test
  void anIdWithATabIsSwitchedOffAsItselfOnOtherReplicas() throws Exception {
    try (RedisStores a = RedisStores.builder().uri(REDIS.server().uri()).build();
        RedisStores b = RedisStores.builder().uri(REDIS.server().uri()).build()) {
      KillSwitches onA = a.killSwitches("tab-ks");
      KillSwitches onB = b.killSwitches("tab-ks");
      onB.offReason(KillSwitches.Target.TOOL, "x"); // loaded now: the next re-read is a second away
      onA.switchOff(KillSwitches.Target.TOOL, "crm\tdelete", "incident");
      Thread.sleep(200); // pub/sub applied on B
      assertThat(onB.offReason(KillSwitches.Target.TOOL, "crm")).as("tool 'crm' on B").isEmpty();
      assertThat(onB.offReason(KillSwitches.Target.TOOL, "crm\tdelete")).as("tool 'crm<TAB>delete' on B")
          .contains("incident");
    }
  }

  /** A change published by a replica of an earlier version ("off\t<field>\t<reason>") is still applied. */
  @Test
  void aChangeFromAReplicaOfAnEarlierVersionIsApplied() throws Exception {
    try (RedisStores a = RedisStores.builder().uri(REDIS.server().uri()).build()) {
      KillSwitches k = a.killSwitches("old-ks");
      k.offReason(KillSwitches.Target.TOOL, "x"); // loaded now: the next re-read is a second away
      a.execute(c -> c.publish("{old-ks:kill}:changes", "off\ttool:refund\tincident 9"));
      Thread.sleep(200); // pub/sub applied
      assertThat(k.offReason(KillSwitches.Target.TOOL, "refund")).contains("incident 9");
      a.execute(c -> c.publish("{old-ks:kill}:changes", "on\ttool:refund"));
      Thread.sleep(200);
      assertThat(k.offReason(KillSwitches.Target.TOOL, "refund")).isEmpty();
    }
  }
}
