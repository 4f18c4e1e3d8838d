package dev.agentruntime.sandbox;

/** Python code that tries every way to reach a host session keyring and one key in it. */
final class KeyringAttack {
  private KeyringAttack() {}

  /** Pooled sandboxes (a no-op for 0). */
  static void configurePool(CodeSandbox.Builder b, int size) {
    if (size > 0) {
      b.warmPool("python3", size);
    }
  }

  /**
   * Prints {@code GOT <what> <result>} for each operation that worked and {@code REFUSED <what>
   * <errno>} for each that failed.
   */
  static String code(String description, long serial) {
    return String.join("\n",
        "import ctypes, platform",
        "NR = {'x86_64': (248, 249, 250), 'aarch64': (217, 218, 219)}[platform.machine()]",
        "ADD_KEY, REQUEST_KEY, KEYCTL = NR",
        "libc = ctypes.CDLL(None, use_errno=True)",
        "libc.syscall.restype = ctypes.c_long",
        "L = ctypes.c_long",
        "def report(what, r, shown=None):",
        "    if r < 0:",
        "        print('REFUSED', what, ctypes.get_errno())",
        "    else:",
        "        print('GOT', what, shown if shown is not None else r)",
        "KEY = " + serial,
        "DESC = b'" + description + "'",
        "buf = ctypes.create_string_buffer(4096)",
        // the session keyring the code was started with (create=0: do not make one)
        "report('session-keyring-id', libc.syscall(KEYCTL, L(0), L(-3), L(0)))",
        // list it: KEYCTL_READ on a keyring gives the serials it holds
        "n = libc.syscall(KEYCTL, L(11), L(-3), buf, L(4096))",
        "report('list-session', n, list(memoryview(buf.raw[:max(n, 0)]).cast('i')) if n > 0 else n)",
        // read the planted key's payload by its serial
        "n = libc.syscall(KEYCTL, L(11), L(KEY), buf, L(4096))",
        "report('read-key', n, buf.raw[:max(n, 0)])",
        "n = libc.syscall(KEYCTL, L(6), L(KEY), buf, L(4096))",
        "report('describe-key', n, buf.raw[:max(n, 0)])",
        // find it by description in the session keyring, and in every keyring the code possesses
        "report('search-session', libc.syscall(KEYCTL, L(10), L(-3), ctypes.c_char_p(b'user'), ctypes.c_char_p(DESC), L(0)))",
        "report('request-key', libc.syscall(REQUEST_KEY, ctypes.c_char_p(b'user'), ctypes.c_char_p(DESC), None, L(0)))",
        // link it into a keyring of the code's own (thread keyring, created on demand)
        "report('link-key', libc.syscall(KEYCTL, L(8), L(KEY), L(-1)))",
        "report('link-session', libc.syscall(KEYCTL, L(8), L(-3), L(-1)))",
        "report('join-named', libc.syscall(KEYCTL, L(1), ctypes.c_char_p(b'agent-sandbox-test')))",
        "report('add-key', libc.syscall(ADD_KEY, ctypes.c_char_p(b'user'), ctypes.c_char_p(b'x'), ctypes.c_char_p(b'y'), L(1), L(-3)))",
        "try:",
        "    keys = open('/proc/keys').read()",
        "    print('PROC-KEYS', keys.replace('\\n', ' | '))",
        "except OSError as e:",
        "    print('REFUSED proc-keys', e.errno)");
  }
}
