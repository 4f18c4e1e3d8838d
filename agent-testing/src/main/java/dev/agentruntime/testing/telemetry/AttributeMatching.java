package dev.agentruntime.testing.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Finds attributes by name and compares values leniently across number types. */
final class AttributeMatching {
  private AttributeMatching() {}

  /** Sentinel for "no attribute of that name". */
  static final Object ABSENT = new Object();

  static Object get(Attributes attributes, String key) {
    for (Map.Entry<AttributeKey<?>, Object> e : attributes.asMap().entrySet()) {
      if (e.getKey().getKey().equals(key)) {
        return e.getValue();
      }
    }
    return ABSENT;
  }

  static boolean valueEquals(Object actual, Object expected) {
    if (actual == ABSENT) {
      return false;
    }
    if (actual instanceof Number a && expected instanceof Number b) {
      if (isIntegral(a) && isIntegral(b)) {
        return a.longValue() == b.longValue();
      }
      return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
    }
    if (actual instanceof List<?> a && expected instanceof List<?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!valueEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(actual, expected);
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
  }

  /** @return whether {@code attributes} carries every (name, value) pair of {@code keyValues} */
  static boolean matches(Attributes attributes, Object[] keyValues) {
    for (int i = 0; i < keyValues.length; i += 2) {
      if (!valueEquals(get(attributes, String.valueOf(keyValues[i])), keyValues[i + 1])) {
        return false;
      }
    }
    return true;
  }

  static void checkPairs(Object[] keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes must come as name, value pairs; got an odd count: " + keyValues.length);
    }
  }
}
