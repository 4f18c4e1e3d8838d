package dev.agentruntime.guardrails.secrets;

/**
 * Word chars ({@code [A-Za-z0-9_]}) among eight bytes of a {@link
 * dev.agentruntime.guardrails.text.ScanBytes} copy at once (SWAR: no branch, no table), so the
 * secret scans can jump from one word start to the next instead of looking at every char. A byte
 * of 0x80 and above (a char outside ASCII) is never a word char.
 */
final class WordBytes {
  private WordBytes() {}

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * @param x eight bytes, little-endian (the byte at the lowest index in the lowest bits)
   * @return 0x80 in each byte of x that is a word char, 0 in the others
   */
  static long of(long x) {
    long t = x & LOW7; // below 0x80: the sums below carry into no other byte
    long digit = (t + (0x80 - '0') * ONES) & ~(t + (0x80 - '9' - 1) * ONES);
    long u = t | 0x20 * ONES; // folds upper case onto lower case ('@' and '[' land outside a-z)
    long letter = (u + (0x80 - 'a') * ONES) & ~(u + (0x80 - 'z' - 1) * ONES);
    long underscore = ~((t ^ '_' * ONES) + LOW7); // 0x80 where the byte is '_'
    return (digit | letter | underscore) & ~x & HIGH;
  }

  /**
   * @param x eight bytes
   * @param c an ASCII char
   * @return 0x80 in each byte of x equal to c, 0 in the others
   */
  static long equal(long x, char c) {
    long y = x ^ c * ONES;
    return ~((y & LOW7) + LOW7) & ~y & HIGH;
  }

  /**
   * @param x eight bytes
   * @param bits bits set in each byte before the comparison, so that two chars differing only
   *     there match at once ({@code '-'} and {@code '%'} with 0x08, {@code '~'} and {@code '|'} with 0x02)
   * @param c an ASCII char with those bits set
   * @return 0x80 in each byte of x that equals c once the bits are set, 0 in the others
   */
  static long equalWith(long x, int bits, char c) {
    return equal(x | bits * ONES, c);
  }

  /** eight bytes read as one little-endian long */
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * @param b bytes
   * @param from an index into b
   * @return the eight bytes from {@code from} as a little-endian long, 0 for those past the end
   */
  static long at(byte[] b, int from) {
    if (from + 8 <= b.length) {
      return (long) LONGS.get(b, from);
    }
    long x = 0;
    for (int k = b.length - 1; k >= from; k--) {
      x = x << 8 | (b[k] & 0xFF);
    }
    return x;
  }
}
