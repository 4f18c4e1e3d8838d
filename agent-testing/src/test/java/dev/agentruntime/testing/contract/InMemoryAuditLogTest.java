package dev.agentruntime.testing.contract;

import dev.agentruntime.core.audit.AuditLog;
import dev.agentruntime.core.audit.InMemoryAuditLog;

class InMemoryAuditLogTest extends AuditLogContract {
  @Override
  protected AuditLog createLog() {
    return new InMemoryAuditLog();
  }
}
