package dev.agentruntime.sandbox;

/** The boundary between executed code and the host. */
public enum IsolationLevel {
  /**
   * bubblewrap with every namespace unshared (user, mount, PID, network, IPC, UTS, cgroup): no
   * network, own PID space, read-only system directories, private tmpfs work directory and
   * {@code /tmp}, clean environment, new session, a syscall deny-list (seccomp, where the
   * architecture and bubblewrap support it; {@link IsolationReport#notes()} says); plus resource
   * limits.
   */
  NAMESPACES,
  /**
   * A plain child process with a clean environment, its own session, a private work directory and
   * resource limits (rlimits), but no namespaces: the code can read what the host user can read
   * and can reach the network and the JVM's kernel keyrings. Only used when the user explicitly
   * accepts it.
   */
  PROCESS_ONLY
}
