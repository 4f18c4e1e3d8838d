package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-execution cgroups against a fake cgroup file system (a directory tree with the control
 * files), and the fallback to rlimits on hosts without a delegated cgroup v2 subtree.
 */
class CgroupsTest {

  /** A fake /proc/self (mountinfo, cgroup) and cgroup2 mount with a root cgroup offering controllers. */
  private static Path fakeHost(Path tmp, String controllers, String ownCgroup) throws IOException {
    Path proc = Files.createDirectories(tmp.resolve("proc-self"));
    Path mount = Files.createDirectories(tmp.resolve("cgroupfs"));
    Files.writeString(proc.resolve("mountinfo"), String.join("\n",
        "22 1 0:21 / / rw,relatime - ext4 /dev/root rw",
        "35 22 0:30 / " + mount + " rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw,nsdelegate", ""));
    Files.writeString(proc.resolve("cgroup"), "0::" + ownCgroup + "\n");
    Path own = ownCgroup.equals("/") ? mount : Files.createDirectories(mount.resolve(ownCgroup.substring(1)));
    Files.writeString(own.resolve("cgroup.controllers"), controllers + "\n");
    Files.writeString(own.resolve("cgroup.subtree_control"), "\n");
    Files.writeString(own.resolve("cgroup.procs"), "1\n");
    return proc;
  }

  @Test
  void aDelegatedRootGetsItsControllersEnabledAndEachExecutionItsOwnLimitedCgroup(@TempDir Path tmp) throws IOException {
    Path proc = fakeHost(tmp, "cpuset cpu io memory hugetlb pids rdma misc", "/");
    Cgroups.Detection d = Cgroups.detect(null, proc.resolve("mountinfo"), proc.resolve("cgroup"), 0.5);
    assertThat(d.problem()).isNull();
    Path root = tmp.resolve("cgroupfs");
    assertThat(d.cgroups().parent()).isEqualTo(root);
    assertThat(Files.readString(root.resolve("cgroup.subtree_control"))).isEqualTo("+memory +pids +cpu");

    Files.createDirectories(root.resolve("template"));
    ResourceLimits limits = ResourceLimits.builder().memoryBytes(128L << 20).maxProcesses(12).build();
    try (Cgroups.Execution e = d.cgroups().create(limits)) {
      assertThat(e.dir().getParent()).isEqualTo(root);
      assertThat(Files.readString(e.dir().resolve("memory.max"))).isEqualTo(Long.toString(128L << 20));
      assertThat(Files.readString(e.dir().resolve("pids.max"))).isEqualTo("12");
      assertThat(Files.readString(e.dir().resolve("cpu.max"))).isEqualTo("50000 100000");
      assertThat(e.procs()).isEqualTo(e.dir().resolve("cgroup.procs"));
      assertThat(e.oomKilled()).isFalse();
      Files.writeString(e.dir().resolve("memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
      assertThat(e.oomKilled()).isTrue();
      e.close();
      assertThat(e.dir()).doesNotExist();
    }
    assertThat(d.cgroups().note()).contains("memory.max").contains("pids.max").contains("cpu.max 50000/100000");
  }

  @Test
  void theFallbackSaysWhyForEachKindOfHost(@TempDir Path tmp) throws IOException {
    // this machine's kind: hybrid, cgroup2 mounted but every controller bound to v1 hierarchies
    Path hybrid = fakeHost(tmp.resolve("hybrid"), "", "/");
    assertThat(Cgroups.detect(null, hybrid.resolve("mountinfo"), hybrid.resolve("cgroup"), 1).problem())
        .contains("controllers [memory, pids, cpu] are not delegated");

    Path v1 = Files.createDirectories(tmp.resolve("v1"));
    Files.writeString(v1.resolve("mountinfo"), "40 30 0:37 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n");
    Files.writeString(v1.resolve("cgroup"), "4:memory:/user.slice\n");
    assertThat(Cgroups.detect(null, v1.resolve("mountinfo"), v1.resolve("cgroup"), 1).problem())
        .isEqualTo("no cgroup v2 file system is mounted");

    // a service cgroup that holds the JVM itself cannot enable controllers for children
    Path busy = fakeHost(tmp.resolve("busy"), "cpu memory pids", "/system.slice/app.service");
    Path own = tmp.resolve("busy/cgroupfs/system.slice/app.service");
    Files.delete(own.resolve("cgroup.subtree_control"));
    Files.createDirectory(own.resolve("cgroup.subtree_control")); // writing it fails, like EBUSY
    assertThat(Cgroups.detect(null, busy.resolve("mountinfo"), busy.resolve("cgroup"), 1).problem())
        .contains("cannot enable memory, pids and cpu for children of " + own).contains("cgroupParent(...)");

    assertThat(Cgroups.detect(tmp.resolve("nowhere"), null, null, 1).problem()).contains("is not a cgroup v2 directory");
  }

  @Test
  void onThisHostIsolationSaysWhetherCgroupsOrTheRlimitFallbackIsInForce(@TempDir Path root) throws Exception {
    Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    Cgroups.Detection real = Cgroups.detect(null, Paths.get("/proc/self/mountinfo"), Paths.get("/proc/self/cgroup"), 1);
    try (CodeSandbox sb = Sandboxes.builder().workRoot(root).build()) {
      if (real.cgroups() == null) {
        assertThat(sb.isolation().notes()).anySatisfy(n -> assertThat(n)
            .startsWith("cgroups: not used (" + real.problem()).contains("FALLBACK to per-process rlimits"));
      } else {
        assertThat(sb.isolation().notes()).anySatisfy(n -> assertThat(n).startsWith("cgroup v2 per execution"));
      }
    }
    try (CodeSandbox off = Sandboxes.builder().workRoot(root).cgroups(false).build()) {
      assertThat(off.isolation().notes()).anySatisfy(n -> assertThat(n).contains("turned off with cgroups(false)"));
    }
  }

  @Test
  void anExecutionJoinsItsCgroupBeforeItRunsAnythingAndTheCgroupIsRemovedAfterwards(@TempDir Path tmp) throws Exception {
    Path proc = fakeHost(tmp, "cpu memory pids", "/");
    Path cgroupfs = tmp.resolve("cgroupfs");
    Path root = Files.createDirectories(tmp.resolve("work"));
    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    CodeSandbox.Builder b = Sandboxes.builder().workRoot(root)
        .limits(ResourceLimits.builder().memoryBytes(200L << 20).maxProcesses(9).timeout(Duration.ofSeconds(10)).build());
    b.procSelf = proc;
    try (CodeSandbox sb = b.build()) {
      assertThat(sb.isolation().notes()).anySatisfy(n -> assertThat(n).startsWith("cgroup v2 per execution under " + cgroupfs));
      CompletableFuture<ExecutionResult> run = CompletableFuture.supplyAsync(
          () -> sb.execute(ExecutionRequest.of("bash", "sleep 1.5; echo done")));
      Path cg = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
      while (cg == null && System.nanoTime() < deadline) {
        try (Stream<Path> s = Files.list(cgroupfs)) {
          cg = s.filter(p -> p.getFileName().toString().startsWith("agent-sandbox-")
              && Files.exists(p.resolve("cgroup.procs"))).findFirst().orElse(null);
        }
        Thread.sleep(20);
      }
      assertThat(cg).as("the execution's cgroup").isNotNull();
      assertThat(Files.readString(cg.resolve("memory.max"))).isEqualTo(Long.toString(200L << 20));
      assertThat(Files.readString(cg.resolve("pids.max"))).isEqualTo("9");
      assertThat(Files.readString(cg.resolve("cpu.max"))).isEqualTo("100000 100000");
      long pid = Long.parseLong(Files.readString(cg.resolve("cgroup.procs")).trim());
      // the pid that joined is the execution's first process, which becomes bubblewrap (through
      // sh and chroot: on a loaded host the cgroup may be seen before the last exec)
      String command = "";
      while (!command.endsWith("bwrap") && System.nanoTime() < deadline) {
        command = ProcessHandle.of(pid).flatMap(h -> h.info().command()).orElse("");
        Thread.sleep(5);
      }
      assertThat(command).endsWith("bwrap");
      ExecutionResult r = run.get(20, TimeUnit.SECONDS);
      assertThat(r.stdout()).isEqualTo("done\n");
      assertThat(cg).as("removed after the execution").doesNotExist();
      try (Stream<Path> s = Files.list(cgroupfs)) {
        assertThat(s.map(p -> p.getFileName().toString()).toList()).noneMatch(n -> n.startsWith("agent-sandbox-"));
      }
    }
    assertThat(List.of(Files.readString(cgroupfs.resolve("cgroup.subtree_control")))).containsExactly("+memory +pids +cpu");
  }
}
