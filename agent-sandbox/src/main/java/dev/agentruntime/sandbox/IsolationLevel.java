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
   *
   * <p>When an execution ends or times out, every process it left is killed before {@code
   * execute} returns: those still in its session, those whose environment carries the
   * execution's marker ({@code AGENT_SANDBOX_EXECUTION}, inherited through {@code setsid}, double
   * forks and re-parenting), and, when the JVM runs as root (the code then runs as a host uid of
   * the execution's own), every process of that uid. Without a root JVM, a process still escapes
   * when it has left the session <em>and</em> was {@code exec}'d with an environment without the
   * marker ({@code env -i}, {@code execve} with a new environment) or overwrote the marker in its
   * own memory (the environment block the kernel shows is the process's own, writable), or made itself unreadable to
   * the JVM's user (non-dumpable): nothing short of a PID namespace or a cgroup, which this mode
   * does not have, finds such a process.
   */
  PROCESS_ONLY
}
