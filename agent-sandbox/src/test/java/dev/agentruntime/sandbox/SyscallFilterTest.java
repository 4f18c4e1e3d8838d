package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentruntime.sandbox.SyscallFilter.Arch;
import dev.agentruntime.sandbox.SyscallFilter.Rule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The syscall deny-list: the compiled BPF program decides as the table says (run through a small
 * classic-BPF interpreter, for both architectures), every denied call fails inside a real sandbox,
 * and ordinary programs in python3, node and bash still run.
 */
class SyscallFilterTest {
  private static final int ALLOW = 0x7fff_0000;
  private static final int EPERM = 0x0005_0001;
  private static final int ENOSYS = 0x0005_0026;
  private static final int I386 = 0x4000_0003;
  private static final int ARM32 = 0x4000_0028;

  private static CodeSandbox sandbox;
  private static Path workRoot;

  @BeforeAll
  static void start() throws IOException {
    if (!Sandboxes.bwrapInstalled() && !"true".equalsIgnoreCase(System.getenv("CI"))) {
      return; // the unit tests run anyway; the sandbox tests skip below
    }
    workRoot = Files.createTempDirectory("sandbox-seccomp-root");
    Files.setPosixFilePermissions(workRoot, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    sandbox = Sandboxes.builder().workRoot(workRoot)
        .limits(ResourceLimits.builder().timeout(Duration.ofSeconds(20)).build()).build();
  }

  @AfterAll
  static void stop() throws IOException {
    if (sandbox != null) {
      sandbox.close();
      try (DirectoryStream<Path> left = Files.newDirectoryStream(workRoot)) {
        assertThat(left).isEmpty();
      }
      Files.delete(workRoot);
    }
  }

  /** Runs a classic BPF program on one {@code struct seccomp_data}. */
  static int run(byte[] program, int arch, int nr, long arg0) {
    ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    data.putInt(0, nr).putInt(4, arch).putLong(16, arg0);
    ByteBuffer p = ByteBuffer.wrap(program).order(ByteOrder.LITTLE_ENDIAN);
    int n = program.length / 8;
    int a = 0;
    for (int pc = 0; pc < n; pc++) {
      int code = p.getShort(pc * 8) & 0xffff;
      int jt = p.get(pc * 8 + 2) & 0xff;
      int jf = p.get(pc * 8 + 3) & 0xff;
      int k = p.getInt(pc * 8 + 4);
      switch (code) {
        case 0x20 -> a = data.getInt(k);
        case 0x05 -> pc += k;
        case 0x15 -> pc += a == k ? jt : jf;
        case 0x35 -> pc += Integer.compareUnsigned(a, k) >= 0 ? jt : jf;
        case 0x45 -> pc += (a & k) != 0 ? jt : jf;
        case 0x06 -> {
          return k;
        }
        default -> throw new AssertionError("unknown opcode " + code + " at " + pc);
      }
    }
    throw new AssertionError("ran off the end of the program");
  }

  private static int nr(String name, Arch arch) {
    return SyscallFilter.RULES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().number(arch);
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void theProgramDecidesAsTheTableSays(Arch arch) {
    SyscallFilter.check();
    byte[] p = SyscallFilter.program(arch);
    int native64 = arch.auditArch;
    for (Rule r : SyscallFilter.RULES) {
      if (r.number(arch) < 0) {
        continue;
      }
      int expected = 0x0005_0000 | r.errno();
      switch (r.when()) {
        case ALWAYS -> assertThat(run(p, native64, r.number(arch), 0)).as(r.name()).isEqualTo(expected);
        case ARG0_HAS_BITS -> {
          assertThat(run(p, native64, r.number(arch), r.values().get(0) | 0x11)).as(r.name()).isEqualTo(expected);
          assertThat(run(p, native64, r.number(arch), 0x11)).as(r.name() + " without the bits").isEqualTo(ALLOW);
        }
        case ARG0_IS -> {
          for (long v : r.values()) {
            assertThat(run(p, native64, r.number(arch), v)).as(r.name() + " " + v).isEqualTo(expected);
          }
          assertThat(run(p, native64, r.number(arch), 0)).as(r.name() + " 0").isEqualTo(ALLOW);
        }
        case ARG0_IS_NOT -> {
          for (long v : r.values()) {
            assertThat(run(p, native64, r.number(arch), v)).as(r.name() + " " + v).isEqualTo(ALLOW);
          }
          assertThat(run(p, native64, r.number(arch), 0x40_0000)).as(r.name() + " other").isEqualTo(expected);
        }
        default -> throw new AssertionError(r.when());
      }
    }
    // ordinary calls pass: read, write, openat, mmap, fork via clone without namespaces
    for (int call : List.of(0, 1, 2, 3, 9, 56, 57, 59, 63, 64, 221, 222)) {
      boolean denied = SyscallFilter.RULES.stream().anyMatch(r -> r.number(arch) == call && r.when() == SyscallFilter.When.ALWAYS);
      if (!denied) {
        assertThat(run(p, native64, call, 0x11)).as("call %d", call).isEqualTo(ALLOW);
      }
    }
    assertThat(run(p, native64, nr("clone3", arch), 0)).isEqualTo(ENOSYS);
    assertThat(run(p, native64, nr("ptrace", arch), 0)).as("PTRACE_TRACEME").isEqualTo(ALLOW);
    // the other ABIs: every call refused, even read
    assertThat(run(p, arch == Arch.X86_64 ? I386 : ARM32, 3, 0)).isEqualTo(EPERM);
    if (arch == Arch.X86_64) {
      assertThat(run(p, native64, 0x4000_0000, 0)).as("x32 read").isEqualTo(EPERM);
      assertThat(run(p, native64, 0x4000_0000 + 250, 0)).as("x32 keyctl").isEqualTo(EPERM);
    }
  }

  @Test
  void everyRowOfTheTableIsDocumented() throws IOException {
    Path doc = Path.of("..", "docs", "sandbox-syscall-filter.md");
    assumeTrue(Files.isRegularFile(doc), "run from the agent-sandbox module of the source tree");
    List<String> lines = Files.readAllLines(doc);
    for (Rule r : SyscallFilter.RULES) {
      String row = "| `" + r.name() + "` | " + (r.x86_64() < 0 ? "—" : r.x86_64()) + " | "
          + (r.aarch64() < 0 ? "—" : r.aarch64()) + " | ";
      assertThat(lines).as(r.name()).anySatisfy(l -> assertThat(l).startsWith(row)
          .contains(r.errno() == 1 ? "| EPERM |" : "| ENOSYS |").endsWith("| " + r.why() + " |"));
    }
    assertThat(lines.stream().filter(l -> l.startsWith("| `")).count()).isEqualTo(SyscallFilter.RULES.size());
  }

  /** Arguments for each denied call: chosen so that without the filter most would fail otherwise (EFAULT, EBADF, EINVAL). */
  private static final Map<String, String> ARGS = Map.ofEntries(
      Map.entry("ptrace", "16, 1, 0, 0"),
      Map.entry("unshare", "0x10000000"),
      Map.entry("clone", "0x10000000 | 17, 0, 0, 0, 0"),
      Map.entry("personality", "0x400000"),
      Map.entry("process_vm_readv", "os.getpid(), 0, 0, 0, 0, 0"),
      Map.entry("process_vm_writev", "os.getpid(), 0, 0, 0, 0, 0"),
      Map.entry("setns", "-1, 0"),
      Map.entry("reboot", "0, 0, 0, 0"),
      Map.entry("syslog", "10, 0, 0"),
      Map.entry("keyctl", "0, -3, 0"));

  @Test
  void everyDeniedCallFailsInsideTheSandboxAndOrdinaryOnesWork() {
    assumeTrue(sandbox != null, "bubblewrap is not installed");
    Arch arch = Arch.current();
    assumeTrue(arch != null, "no syscall table for " + System.getProperty("os.arch"));
    assertThat(sandbox.isolation().notes()).anySatisfy(n -> assertThat(n).startsWith("syscall filter (seccomp")
        .contains("keyctl").contains("userfaultfd").contains("other system call ABIs refused"));
    StringBuilder code = new StringBuilder(String.join("\n",
        "import ctypes, os",
        "libc = ctypes.CDLL(None, use_errno=True)",
        "libc.syscall.restype = ctypes.c_long",
        "def call(name, nr, *args):",
        "    ctypes.set_errno(0)",
        "    r = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) for a in args])",
        "    if r == 0 and name == 'clone':",
        "        os._exit(0)",
        "    print(name, r, ctypes.get_errno())",
        "print('status', [l for l in open('/proc/self/status') if l.startswith('Seccomp:')][0].split()[1])",
        ""));
    List<Rule> tested = new ArrayList<>();
    for (Rule r : SyscallFilter.RULES) {
      if (r.number(arch) < 0) {
        continue;
      }
      tested.add(r);
      code.append("call('").append(r.name()).append("', ").append(r.number(arch)).append(", ")
          .append(ARGS.getOrDefault(r.name(), "0, 0, 0, 0, 0, 0")).append(")\n");
    }
    // allowed: getpid, personality query, fork, a thread (clone3 refused, the C library falls back)
    code.append(String.join("\n",
        "call('personality-query', " + nr("personality", arch) + ", 0xffffffff)",
        "pid = os.fork()",
        "if pid == 0:",
        "    os._exit(7)",
        "print('fork', os.waitpid(pid, 0)[1] >> 8)",
        "import threading",
        "t = threading.Thread(target=lambda: print('thread ran'))",
        "t.start(); t.join()",
        ""));
    ExecutionResult r = sandbox.execute(ExecutionRequest.of("python3", code.toString()));
    assertThat(r.succeeded()).as(r.toString()).isTrue();
    String out = r.stdout();
    assertThat(out).contains("status 2").contains("fork 7").contains("thread ran")
        .containsPattern("personality-query \\d+ 0");
    for (Rule rule : tested) {
      int errno = rule.errno();
      assertThat(out).as(rule.name()).containsPattern("(?m)^" + rule.name() + " -1 " + errno + "$");
    }
  }

  @Test
  void theOtherSyscallAbisOfX8664AreRefused() {
    assumeTrue(sandbox != null, "bubblewrap is not installed");
    assumeTrue(Arch.current() == Arch.X86_64, "the i386 and x32 ABIs exist on x86-64 only");
    // getpid through the i386 ABI (int 0x80, eax = 20), from machine code in an executable page,
    // in a child (a kernel without IA32 emulation kills it: then there is nothing to refuse)
    ExecutionResult r = sandbox.execute(ExecutionRequest.of("python3", String.join("\n",
        "import ctypes, mmap, os",
        "pid = os.fork()",
        "if pid == 0:",
        "    m = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)",
        "    m.write(bytes([0xb8, 20, 0, 0, 0, 0xcd, 0x80, 0xc3]))",
        "    f = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(ctypes.c_char.from_buffer(m)))",
        "    print('i386-getpid', f(), flush=True)",
        "    os._exit(0)",
        "print('child status', os.waitpid(pid, 0)[1])",
        "libc = ctypes.CDLL(None, use_errno=True)",
        "libc.syscall.restype = ctypes.c_long",
        "print('x32-getpid', libc.syscall(ctypes.c_long(0x40000000 + 39)), ctypes.get_errno())",
        "print('x86_64-getpid', libc.syscall(ctypes.c_long(39)) == os.getpid())")));
    assertThat(r.succeeded()).as(r.toString()).isTrue();
    assertThat(r.stdout()).contains("x32-getpid -1 1\n").contains("x86_64-getpid True\n");
    assumeTrue(r.stdout().contains("child status 0"), () -> "no IA32 emulation in this kernel: " + r.stdout());
    assertThat(r.stdout()).as("int 0x80 returns -EPERM").contains("i386-getpid -1\n");
  }

  @Test
  void ordinaryProgramsInEveryLanguageStillRun() {
    assumeTrue(sandbox != null, "bubblewrap is not installed");
    ExecutionResult py = sandbox.execute(ExecutionRequest.of("python3", String.join("\n",
        "import json, sqlite3, subprocess, tempfile, threading, asyncio, hashlib, multiprocessing, os",
        "db = sqlite3.connect(':memory:'); db.execute('create table t(x)'); db.execute('insert into t values (41)')",
        "v = db.execute('select x + 1 from t').fetchone()[0]",
        "out = subprocess.run(['/bin/echo', 'sub'], capture_output=True, text=True).stdout.strip()",
        "with tempfile.NamedTemporaryFile('w+') as f:",
        "    f.write('tmp'); f.flush(); f.seek(0); t = f.read()",
        "res = []",
        "ths = [threading.Thread(target=lambda i=i: res.append(i)) for i in range(4)]",
        "[x.start() for x in ths]; [x.join() for x in ths]",
        "async def main():",
        "    await asyncio.sleep(0.01)",
        "    return 'async'",
        "with multiprocessing.Pool(2) as pool:",
        "    sq = pool.map(abs, [-1, -2])",
        "print(json.dumps([v, out, t, sorted(res), asyncio.run(main()), sq, hashlib.sha256(b'x').hexdigest()[:8]]))")));
    assertThat(py.succeeded()).as(py.toString()).isTrue();
    assertThat(py.stdout()).isEqualTo("[42, \"sub\", \"tmp\", [0, 1, 2, 3], \"async\", [1, 2], \"2d711642\"]\n");

    ExecutionResult sh = sandbox.execute(ExecutionRequest.of("bash", String.join("\n",
        "set -e",
        "x=$(echo 20 | awk '{print $1 + 1}')",
        "( sleep 0.05; echo bg > /tmp/bg ) &",
        "wait",
        "echo \"$x $(cat /tmp/bg) $(seq 3 | paste -sd+ | bc 2>/dev/null || echo 6)\" | tr a-z A-Z")));
    assertThat(sh.succeeded()).as(sh.toString()).isTrue();
    assertThat(sh.stdout()).isEqualTo("21 BG 6\n");

    if (Sandboxes.hasNode()) {
      // a worker thread reserves its own V8 code range: more address space than the default
      ExecutionResult js = sandbox.execute(ExecutionRequest.builder("javascript", String.join("\n",
          "const { Worker, isMainThread } = require('worker_threads');",
          "const cp = require('child_process'), fs = require('fs'), zlib = require('zlib'), crypto = require('crypto');",
          "fs.writeFileSync('/tmp/a.txt', 'file');",
          "const z = zlib.gunzipSync(zlib.gzipSync('zip')).toString();",
          "const sub = cp.execFileSync('/bin/echo', ['sub']).toString().trim();",
          "const w = new Worker('require(\"worker_threads\").parentPort.postMessage(6 * 7)', { eval: true });",
          "w.on('message', (m) => {",
          "  fs.promises.readFile('/tmp/a.txt', 'utf8').then((f) => {",
          "    console.log(JSON.stringify([m, f, z, sub, crypto.createHash('sha256').update('x').digest('hex').slice(0, 8)]));",
          "  });",
          "});"))
          .limits(sandbox.limits().toBuilder().memoryBytes(4L << 30).build()).build());
      assertThat(js.succeeded()).as(js.toString()).isTrue();
      assertThat(js.stdout()).isEqualTo("[42,\"file\",\"zip\",\"sub\",\"2d711642\"]\n");
    }
  }
}
