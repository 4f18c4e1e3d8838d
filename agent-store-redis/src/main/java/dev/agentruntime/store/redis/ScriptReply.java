package dev.agentruntime.store.redis;

import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.CommandOutput;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The reply of a budget script: one flat array of integers and strings, read straight into two
 * arrays by position (no list, no boxing). The budget scripts reply with no {@code nil}.
 */
final class ScriptReply extends CommandOutput<String, String, ScriptReply> {

  private long[] ints = new long[0];
  private String[] strings = new String[0];
  private int size;
  private int depth;

  ScriptReply() {
    super(StringCodec.UTF8, null);
    output = this;
  }

  @Override
  public void multi(int count) {
    if (depth++ > 0) {
      throw new IllegalStateException("a budget script replied with a nested array");
    }
    ints = new long[Math.max(0, count)];
    strings = new String[Math.max(0, count)];
  }

  @Override
  public void set(long integer) {
    grow();
    ints[size++] = integer;
  }

  @Override
  public void set(ByteBuffer bytes) {
    grow();
    strings[size++] = bytes == null ? null : StringCodec.UTF8.decodeValue(bytes);
  }

  @Override
  public void setSingle(ByteBuffer bytes) {
    set(bytes);
  }

  private void grow() {
    if (size == ints.length) {
      ints = Arrays.copyOf(ints, Math.max(4, size * 2));
      strings = Arrays.copyOf(strings, ints.length);
    }
  }

  /** @return how many elements the reply had */
  int size() {
    return size;
  }

  /** @return element {@code i}, an integer */
  long integer(int i) {
    check(i);
    if (strings[i] != null) {
      return Long.parseLong(strings[i]);
    }
    return ints[i];
  }

  /** @return element {@code i}, a string */
  String string(int i) {
    check(i);
    return strings[i] != null ? strings[i] : Long.toString(ints[i]);
  }

  private void check(int i) {
    if (i >= size) {
      throw new IllegalStateException("a budget script replied with " + size + " elements, element " + i
          + " was expected");
    }
  }
}
