package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The system-call deny-list loaded into every bubblewrap sandbox ({@code bwrap --seccomp FD}), in
 * the spirit of Docker's default seccomp profile and nsjail: calls ordinary programs never need,
 * that reach host-wide state, or that have a long record of kernel exploits. A denied call fails
 * with {@code EPERM} (a few with {@code ENOSYS}, see the table); nothing is killed, so
 * interpreters that probe for a feature carry on without it.
 *
 * <p>{@link #RULES} is the table: one row per call, with its number on x86-64 and on aarch64 and
 * why it is denied. {@link #program(Arch)} compiles it to a classic BPF program: the first
 * instructions refuse any system call made through another ABI than the native 64-bit one (the
 * 32-bit {@code int 0x80} ABI and x32 on x86-64, AArch32 on aarch64), then each row is one short
 * block that compares the call number (and, for a few, an argument) and returns the error.
 */
final class SyscallFilter {

  private SyscallFilter() {}

  private static final int EPERM = 1;
  private static final int ENOSYS = 38;

  /** The architectures the table has numbers for. */
  enum Arch {
    /** x86-64: the x32 ABI (call numbers with bit 30 set) and the i386 ABI are refused. */
    X86_64(0xC000_003E, 0x4000_0000),
    /** aarch64: the AArch32 compat ABI is refused. */
    AARCH64(0xC000_00B7, 0);

    final int auditArch;
    /** Call numbers at or above this belong to another ABI (0: none). */
    final int foreignNrBase;

    Arch(int auditArch, int foreignNrBase) {
      this.auditArch = auditArch;
      this.foreignNrBase = foreignNrBase;
    }

    /** @return the JVM's architecture, or null when the table has no numbers for it */
    static @Nullable Arch current() {
      String a = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
      switch (a) {
        case "amd64":
        case "x86_64":
          return X86_64;
        case "aarch64":
        case "arm64":
          return AARCH64;
        default:
          return null;
      }
    }
  }

  /** When a row applies to a call. */
  enum When {
    /** Every use of the call. */
    ALWAYS,
    /** When the first argument has any of {@link Rule#values()}' bits set. */
    ARG0_HAS_BITS,
    /** When the first argument (low 32 bits) equals one of {@link Rule#values()}. */
    ARG0_IS,
    /** When the first argument (low 32 bits) is none of {@link Rule#values()}. */
    ARG0_IS_NOT
  }

  /**
   * One row of the table.
   *
   * @param name the call
   * @param x86_64 its number on x86-64 (-1: no such call)
   * @param aarch64 its number on aarch64 (-1: no such call)
   * @param when which uses are denied
   * @param values the argument values or bits {@code when} looks at
   * @param errno the error the call fails with
   * @param why why it is denied
   */
  record Rule(String name, int x86_64, int aarch64, When when, List<Long> values, int errno, String why) {
    int number(Arch arch) {
      return arch == Arch.X86_64 ? x86_64 : aarch64;
    }
  }

  private static Rule deny(String name, int x86, int arm, String why) {
    return new Rule(name, x86, arm, When.ALWAYS, List.of(), EPERM, why);
  }

  private static Rule denyIf(String name, int x86, int arm, When when, List<Long> values, String why) {
    return new Rule(name, x86, arm, when, values, EPERM, why);
  }

  private static final long CLONE_NEWUSER = 0x1000_0000L;
  private static final long PTRACE_ATTACH = 16;
  private static final long PTRACE_SEIZE = 0x4206;
  private static final long PER_LINUX = 0;
  private static final long PER_QUERY = 0xffff_ffffL;

  /** The deny-list; see the class comment. Numbers: {@code asm/unistd_64.h}, {@code asm-generic/unistd.h}. */
  static final List<Rule> RULES = List.of(
      // kernel keyrings: a JVM started in a login session (pam_keyinit, systemd) holds a session
      // keyring that children inherit; any key in it (tokens, passwords) would be readable
      deny("keyctl", 250, 219, "kernel keyrings are shared with the host session: read, list, search, link keys"),
      deny("add_key", 248, 217, "adds keys to kernel keyrings"),
      deny("request_key", 249, 218, "finds keys in the host's keyrings (and may call out to user space)"),
      // other processes
      denyIf("ptrace", 101, 117, When.ARG0_IS, List.of(PTRACE_ATTACH, PTRACE_SEIZE),
          "attaching to a process the code did not start traced; PTRACE_TRACEME (a child asking its"
              + " parent to trace it) and requests on such tracees stay allowed"),
      deny("process_vm_readv", 310, 270, "reads another process's memory"),
      deny("process_vm_writev", 311, 271, "writes another process's memory"),
      // the file system tree
      deny("mount", 165, 40, "mounts file systems"),
      deny("umount2", 166, 39, "unmounts, e.g. to uncover what the sandbox's mounts hide"),
      deny("pivot_root", 155, 41, "changes the root file system"),
      deny("open_tree", 428, 428, "new mount API: clones mounts"),
      deny("move_mount", 429, 429, "new mount API: moves mounts"),
      deny("fsopen", 430, 430, "new mount API: creates a file system context"),
      deny("fsconfig", 431, 431, "new mount API: configures a file system context"),
      deny("fsmount", 432, 432, "new mount API: creates a mount"),
      deny("fspick", 433, 433, "new mount API: reconfigures an existing mount"),
      deny("mount_setattr", 442, 442, "changes mount properties (e.g. read-only)"),
      deny("open_by_handle_at", 304, 265, "opens files by handle, bypassing path checks (the 'shocker' escape)"),
      deny("name_to_handle_at", 303, 264, "makes the file handles open_by_handle_at takes"),
      // namespaces
      denyIf("unshare", 272, 97, When.ARG0_HAS_BITS, List.of(CLONE_NEWUSER),
          "a new user namespace, the door to most kernel attack surface for unprivileged code"),
      denyIf("clone", 56, 220, When.ARG0_HAS_BITS, List.of(CLONE_NEWUSER),
          "a child in a new user namespace (plain fork and threads stay allowed)"),
      new Rule("clone3", 435, 435, When.ALWAYS, List.of(), ENOSYS,
          "its flags sit behind a pointer the filter cannot read; ENOSYS makes the C library fall back to clone"),
      deny("setns", 308, 268, "joins another namespace"),
      // the machine
      deny("reboot", 169, 142, "reboots or halts"),
      deny("swapon", 167, 224, "enables swap"),
      deny("swapoff", 168, 225, "disables swap"),
      deny("kexec_load", 246, 104, "loads a new kernel"),
      deny("kexec_file_load", 320, 294, "loads a new kernel"),
      deny("init_module", 175, 105, "loads a kernel module"),
      deny("finit_module", 313, 273, "loads a kernel module"),
      deny("delete_module", 176, 106, "unloads a kernel module"),
      deny("acct", 163, 89, "switches process accounting"),
      deny("settimeofday", 164, 170, "sets the system clock"),
      deny("clock_settime", 227, 112, "sets a system clock"),
      deny("clock_adjtime", 305, 266, "adjusts a system clock"),
      deny("quotactl", 179, 60, "manages disk quotas"),
      deny("quotactl_fd", 443, 443, "manages disk quotas"),
      deny("syslog", 103, 116, "reads or clears the kernel log"),
      deny("iopl", 172, -1, "raises the I/O privilege level"),
      deny("ioperm", 173, -1, "grants access to I/O ports"),
      // kernel attack surface ordinary programs do not need
      deny("bpf", 321, 280, "loads BPF programs and maps"),
      deny("perf_event_open", 298, 241, "performance counters: a long record of kernel exploits and side channels"),
      deny("userfaultfd", 323, 282, "page-fault handling in user space, used to win kernel races"),
      deny("io_uring_setup", 425, 425, "io_uring: a long record of kernel exploits; runtimes fall back to threads"),
      deny("io_uring_enter", 426, 426, "io_uring"),
      deny("io_uring_register", 427, 427, "io_uring"),
      deny("lookup_dcookie", 212, 18, "profiling support, needs privilege"),
      denyIf("personality", 135, 92, When.ARG0_IS_NOT, List.of(PER_LINUX, PER_QUERY),
          "execution domain changes (e.g. READ_IMPLIES_EXEC, no address randomisation); querying stays allowed"),
      // obsolete
      deny("uselib", 134, -1, "obsolete shared library loading"),
      deny("_sysctl", 156, -1, "obsolete sysctl interface"),
      deny("ustat", 136, -1, "obsolete file system statistics"),
      deny("sysfs", 139, -1, "obsolete file system type information"));

  /** @return the names of every call the table denies (in any way), in table order */
  static List<String> deniedNames() {
    List<String> names = new ArrayList<>();
    for (Rule r : RULES) {
      names.add(r.name());
    }
    return names;
  }

  // classic BPF opcodes (linux/bpf_common.h) and seccomp return values (linux/seccomp.h)
  private static final int LD_W_ABS = 0x20;
  private static final int JMP_JA = 0x05;
  private static final int JMP_JEQ_K = 0x15;
  private static final int JMP_JGE_K = 0x35;
  private static final int JMP_JSET_K = 0x45;
  private static final int RET_K = 0x06;
  private static final int RET_ALLOW = 0x7fff_0000;
  private static final int RET_ERRNO = 0x0005_0000;
  // offsets in struct seccomp_data: nr, arch, instruction pointer, args[6] (64-bit each)
  private static final int OFF_NR = 0;
  private static final int OFF_ARCH = 4;
  private static final int OFF_ARG0_LOW = 16;

  /**
   * Compiles {@link #RULES} for one architecture.
   *
   * @param arch the architecture
   * @return the program as bubblewrap reads it: {@code struct sock_filter} entries, native (little)
   *     endian
   */
  static byte[] program(Arch arch) {
    List<int[]> p = new ArrayList<>();
    p.add(ins(LD_W_ABS, 0, 0, OFF_ARCH));
    p.add(ins(JMP_JEQ_K, 1, 0, arch.auditArch));
    p.add(ins(RET_K, 0, 0, RET_ERRNO | EPERM)); // another ABI: refuse everything
    p.add(ins(LD_W_ABS, 0, 0, OFF_NR));
    if (arch.foreignNrBase != 0) {
      p.add(ins(JMP_JGE_K, 0, 1, arch.foreignNrBase));
      p.add(ins(RET_K, 0, 0, RET_ERRNO | EPERM));
    }
    for (Rule r : RULES) {
      int nr = r.number(arch);
      if (nr < 0) {
        continue;
      }
      int ret = RET_ERRNO | r.errno();
      List<Long> v = r.values();
      int n = v.size();
      switch (r.when()) {
        case ALWAYS:
          p.add(ins(JMP_JEQ_K, 0, 1, nr));
          p.add(ins(RET_K, 0, 0, ret));
          break;
        case ARG0_HAS_BITS: {
          long mask = 0;
          for (long bits : v) {
            mask |= bits;
          }
          p.add(ins(JMP_JEQ_K, 0, 4, nr)); // not this call: to the next block
          p.add(ins(LD_W_ABS, 0, 0, OFF_ARG0_LOW));
          p.add(ins(JMP_JSET_K, 0, 1, (int) mask));
          p.add(ins(RET_K, 0, 0, ret));
          p.add(ins(LD_W_ABS, 0, 0, OFF_NR));
          break;
        }
        case ARG0_IS: {
          // JEQ nr; LD arg; n x JEQ value -> RET; JA over RET; RET; LD nr
          p.add(ins(JMP_JEQ_K, 0, n + 4, nr));
          p.add(ins(LD_W_ABS, 0, 0, OFF_ARG0_LOW));
          for (int i = 1; i <= n; i++) {
            p.add(ins(JMP_JEQ_K, n + 1 - i, 0, (int) (long) v.get(i - 1)));
          }
          p.add(ins(JMP_JA, 0, 0, 1));
          p.add(ins(RET_K, 0, 0, ret));
          p.add(ins(LD_W_ABS, 0, 0, OFF_NR));
          break;
        }
        case ARG0_IS_NOT: {
          // JEQ nr; LD arg; n x JEQ value -> LD nr (allowed); RET; LD nr
          p.add(ins(JMP_JEQ_K, 0, n + 3, nr));
          p.add(ins(LD_W_ABS, 0, 0, OFF_ARG0_LOW));
          for (int i = 1; i <= n; i++) {
            p.add(ins(JMP_JEQ_K, n + 1 - i, 0, (int) (long) v.get(i - 1)));
          }
          p.add(ins(RET_K, 0, 0, ret));
          p.add(ins(LD_W_ABS, 0, 0, OFF_NR));
          break;
        }
        default:
          throw new IllegalStateException(r.when().toString());
      }
    }
    p.add(ins(RET_K, 0, 0, RET_ALLOW));
    ByteBuffer b = ByteBuffer.allocate(p.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int[] i : p) {
      b.putShort((short) i[0]).put((byte) i[1]).put((byte) i[2]).putInt(i[3]);
    }
    return b.array();
  }

  private static int[] ins(int code, int jt, int jf, int k) {
    if (jt > 255 || jf > 255) {
      throw new IllegalStateException("jump too long in the seccomp program");
    }
    return new int[] {code, jt, jf, k};
  }

  /** Guards the table: unique names, numbers per architecture unique. */
  static void check() {
    for (Arch a : Arch.values()) {
      Set<Integer> seen = new java.util.HashSet<>();
      for (Rule r : RULES) {
        if (r.number(a) >= 0 && !seen.add(r.number(a))) {
          throw new IllegalStateException("syscall number " + r.number(a) + " twice for " + a);
        }
      }
    }
  }
}
