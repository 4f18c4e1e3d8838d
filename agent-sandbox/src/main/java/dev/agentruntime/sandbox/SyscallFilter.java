package dev.agentruntime.sandbox;

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
    static Arch current() {
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

  /** The deny-list; see the class comment. */
  static final List<Rule> RULES = List.of(
      // kernel keyrings: a JVM started in a login session (pam_keyinit, systemd) holds a session
      // keyring that children inherit; any key in it (tokens, passwords) would be readable
      deny("keyctl", 250, 219, "kernel keyrings are shared with the host session: read, list, search, link keys"),
      deny("add_key", 248, 217, "adds keys to kernel keyrings"),
      deny("request_key", 249, 218, "finds keys in the host's keyrings (and may call out to user space)"));

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
