package dev.agentruntime.guardrails.internal;

import dev.agentruntime.guardrails.text.ScanBytes;
import org.jspecify.annotations.Nullable;

/**
 * One {@link ScanBytes} copy per text per chain evaluation: the secret and the PII scanners both
 * read the byte copy of the text, and in the default chain they read the same text (the secrets
 * guardrail rewrites it only when it finds a credential). {@code GuardrailChain} opens a scope
 * around an evaluation; inside it, {@link #of} returns the copy it made last on this thread when
 * asked for the same {@code String} instance again (a copy is a function of the immutable string),
 * else makes and remembers a new one. Outside a scope it is {@link ScanBytes#of} itself, so a
 * detector used on its own keeps nothing. Closing the outermost scope forgets the copy, so nothing
 * outlives the evaluation. Callers must not write into the array. Per thread; not API.
 */
public final class SharedScanBytes {
  private SharedScanBytes() {}

  /** the scope of this thread: open while depth > 0 */
  private static final class Scope {
    int depth;
    @Nullable String text;
    byte @Nullable [] bytes;
  }

  private static final ThreadLocal<Scope> SCOPE = ThreadLocal.withInitial(Scope::new);

  /** Opens a scope on this thread (scopes nest); close it with {@link #close()} in a finally block. */
  public static void open() {
    SCOPE.get().depth++;
  }

  /** Closes the scope opened last on this thread; the outermost one forgets the copy. */
  public static void close() {
    Scope s = SCOPE.get();
    if (s.depth > 0 && --s.depth == 0) {
      s.text = null;
      s.bytes = null;
    }
  }

  /**
   * @param s a text
   * @return {@link ScanBytes#of}{@code (s)}, the copy made for the same instance before when inside
   *     a scope; never to be written into
   */
  public static byte[] of(String s) {
    Scope scope = SCOPE.get();
    if (scope.depth == 0) {
      return ScanBytes.of(s);
    }
    byte[] b = scope.bytes;
    if (scope.text == s && b != null) {
      return b;
    }
    b = ScanBytes.of(s);
    scope.text = s;
    scope.bytes = b;
    return b;
  }
}
