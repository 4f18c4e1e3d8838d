package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host-wide uid lease on its own: no root, no sandbox; a private lock directory and a fake /proc. */
class UidLeaseTest {

  @TempDir Path tmp;
  private Path dir;
  private Path proc;
  private int me;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    dir = tmp.resolve("leases");
    proc = Files.createDirectory(tmp.resolve("proc"));
    me = HostInfo.currentUid();
  }

  @AfterEach
  void release() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private UidLease lease(long base, int count) {
    UidLease l = UidLease.acquire(dir, base, count, me, proc);
    open.add(l);
    return l;
  }

  private List<String> lockFiles() throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(null);
    return names;
  }

  /** A fake process whose status has this {@code Uid:} line. */
  private void process(int pid, long real, long effective, long saved, long fs) throws IOException {
    Path p = Files.createDirectories(proc.resolve(Integer.toString(pid)));
    Files.writeString(p.resolve("status"), "Name:\tsleep\nState:\tS (sleeping)\nUid:\t" + real + "\t" + effective + "\t"
        + saved + "\t" + fs + "\nGid:\t0\t0\t0\t0\n", StandardCharsets.US_ASCII);
  }

  @Test
  void leasesInOneJvmAreDisjointAndFreeAgainOnceClosed() throws Exception {
    UidLease a = lease(900_000_000, 8);
    UidLease b = lease(900_000_000, 8);
    assertThat(a.first()).isEqualTo(900_000_000);
    assertThat(b.first()).as("the next unit").isEqualTo(900_001_000);
    assertThat(b.last()).isEqualTo(900_001_007);
    assertThat(lockFiles()).containsExactly("uids-900000000.lock", "uids-900001000.lock");
    assertThat(Files.readString(dir.resolve("uids-900001000.lock")))
        .isEqualTo("pid " + ProcessHandle.current().pid() + "\nuids 900001000-900001999\n");
    assertThat(a.note()).contains("host uids 900000000-900000007").contains(dir.toString());
    a.close();
    a.close(); // idempotent
    assertThat(lockFiles()).containsExactly("uids-900001000.lock");
    assertThat(lease(900_000_000, 8).first()).as("free again").isEqualTo(900_000_000);
    b.close();
    open.forEach(c -> {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(lockFiles()).as("no lock file left").isEmpty();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
  }

  @Test
  void aRangeSpansUnitsAndAnUnalignedBaseStartsAtTheBase() throws Exception {
    UidLease wide = lease(5_000, 1_500);
    assertThat(wide.first()).isEqualTo(5_000);
    assertThat(lockFiles()).containsExactly("uids-5000.lock", "uids-6000.lock");
    assertThat(lease(5_000, 10).first()).as("after both units").isEqualTo(7_000);
    UidLease odd = lease(8_500, 8);
    assertThat(odd.first()).isEqualTo(8_500);
    assertThat(lease(8_200, 8).first()).as("unit 8000 is held whole").isEqualTo(9_000);
  }

  @Test
  void aRangeWithAProcessUnderOneOfItsUidsIsSkipped() throws Exception {
    process(4242, 0, 0, 900_000_003, 0); // only its saved uid
    process(4243, 1000, 1000, 1000, 1000);
    assertThat(UidLease.uidsInUse(proc, 900_000_000, 900_999_999)).containsExactly(900_000_003L);
    assertThat(lease(900_000_000, 8).first()).isEqualTo(900_001_000);
    assertThat(lease(900_000_004, 4).first()).as("a range beside the process is fine").isEqualTo(900_000_004);
    process(4244, 900_002_000, 900_002_000, 900_002_000, 900_002_000); // a zombie counts too
    Files.writeString(proc.resolve("4244/status"), Files.readString(proc.resolve("4244/status"))
        .replace("S (sleeping)", "Z (zombie)"));
    assertThat(lease(900_000_000, 8).first()).isEqualTo(900_003_000);
  }

  @Test
  void whenEveryCandidateIsTakenBuildFailsNamingTheRange() throws Exception {
    // only two candidates fit below the highest uid
    long base = (UidLease.MAX_UID / 1000 - 1) * 1000;
    lease(base, 500);
    lease(base, 500);
    assertThatThrownBy(() -> lease(base, 500)).isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("no free range of 500 host uids at or above sandboxUidBase " + base)
        .hasMessageContaining("2 candidate ranges are leased").hasMessageContaining(dir.toString());
    // the search is bounded: 1,024 candidates, each with a process under its uid
    for (int i = 0; i < UidLease.MAX_CANDIDATES; i += 4) {
      process(10_000 + i, 1_000_000 + i * 1000L, 1_000_000 + (i + 1) * 1000L, 1_000_000 + (i + 2) * 1000L,
          1_000_000 + (i + 3) * 1000L);
    }
    assertThatThrownBy(() -> lease(1_000_000, 1)).isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("up to uid " + (1_000_000 + (UidLease.MAX_CANDIDATES - 1) * 1000L))
        .hasMessageContaining("1024 have processes running under their uids");
    assertThat(lease(1_000_000 + 1023 * 1000L + 1, 1).first()).as("past the process").isEqualTo(2_023_001);
  }

  @Test
  void anUnsafeLockDirectoryIsRefused() throws Exception {
    Path target = Files.createDirectory(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(dir, target);
    assertThatThrownBy(() -> lease(900_000_000, 8)).isInstanceOf(SandboxException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("symbolic link");
    Files.delete(dir);
    Files.createDirectory(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwx---"));
    assertThatThrownBy(() -> lease(900_000_000, 8)).isInstanceOf(SandboxException.class)
        .hasMessageContaining("writable by others");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    assertThatThrownBy(() -> UidLease.acquire(dir, 900_000_000, 8, me + 1, proc)).isInstanceOf(SandboxException.class)
        .hasMessageContaining("belongs to uid " + me + ", not to this JVM's uid " + (me + 1));
    Files.delete(dir);
    Files.writeString(dir, "x");
    assertThatThrownBy(() -> lease(900_000_000, 8)).isInstanceOf(SandboxException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void aLeaseHeldByAnotherJvmPushesThisOneToTheNextUnitUntilThatJvmLetsGo() throws Exception {
    try (UidLeaseHolder.Started other = UidLeaseHolder.start("lease", dir.toString(), "900000000", "8")) {
      assertThat(other.first()).isEqualTo(900_000_000);
      assertThat(lease(900_000_000, 8).first()).isEqualTo(900_001_000);
      other.release();
      assertThat(lockFiles()).as("the other JVM deleted its lock file").containsExactly("uids-900001000.lock");
      assertThat(lease(900_000_000, 8).first()).isEqualTo(900_000_000);
    }
  }

  @Test
  void theLeaseOfAKilledJvmIsFreeAtOnceAndItsLockFileIsTakenOver() throws Exception {
    UidLeaseHolder.Started other = UidLeaseHolder.start("lease", dir.toString(), "900000000", "8");
    other.close(); // SIGKILL: the kernel drops its lock, its file stays
    assertThat(lockFiles()).containsExactly("uids-900000000.lock");
    UidLease mine = lease(900_000_000, 8);
    assertThat(mine.first()).isEqualTo(900_000_000);
    assertThat(Files.readString(dir.resolve("uids-900000000.lock"))).startsWith("pid " + ProcessHandle.current().pid());
    mine.close();
    assertThat(lockFiles()).isEmpty();
  }
}
