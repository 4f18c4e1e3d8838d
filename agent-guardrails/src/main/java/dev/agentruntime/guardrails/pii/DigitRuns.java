package dev.agentruntime.guardrails.pii;

import java.util.Arrays;

/**
 * Where runs of ASCII digits start. The IBAN and number scanners look only there, so the text is
 * read once, eight bytes at a time in a byte copy ({@link dev.agentruntime.guardrails.text.ScanBytes}),
 * and the scanners jump from one run to the next.
 */
final class DigitRuns {
  private DigitRuns() {}

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * @param b bytes from {@link dev.agentruntime.guardrails.text.ScanBytes#of}
   * @return the positions where a run of ASCII digits starts (a digit at 0 or after a non-digit),
   *     ascending, in {@code [1, 1 + r[0])}
   */
  static int[] starts(byte[] b) {
    int n = b.length;
    int[] r = new int[17];
    int count = 0;
    long prevDigit = 0; // bit 7 set when the byte before the block is a digit
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long x = (long) LONGS.get(b, i);
      long t = x & 0x7F7F7F7F7F7F7F7FL;
      // per byte: high bit set when t >= '0', and not when t >= ':' or the byte is >= 0x80 (no
      // carries between bytes: t + 0x50 <= 0xCF)
      long m = (t + 0x5050505050505050L) & ~(t + 0x4646464646464646L) & ~x & 0x8080808080808080L;
      long starts = m & ~(m << 8 | prevDigit);
      prevDigit = m >>> 56;
      while (starts != 0) {
        if (count + 1 == r.length) {
          r = Arrays.copyOf(r, r.length * 2);
        }
        r[++count] = i + (Long.numberOfTrailingZeros(starts) >>> 3);
        starts &= starts - 1;
      }
    }
    boolean prev = prevDigit != 0;
    for (; i < n; i++) {
      boolean d = b[i] >= '0' && b[i] <= '9';
      if (d && !prev) {
        if (count + 1 == r.length) {
          r = Arrays.copyOf(r, r.length * 2);
        }
        r[++count] = i;
      }
      prev = d;
    }
    r[0] = count;
    return r;
  }

  /**
   * @param runs from {@link #starts}
   * @param k an index into runs, at least 1
   * @param from a position
   * @return the first index at or after k whose run starts at or after from (runs[0] + 1 when none)
   */
  static int next(int[] runs, int k, int from) {
    int last = runs[0];
    while (k <= last && runs[k] < from) {
      k++;
    }
    return k;
  }
}
