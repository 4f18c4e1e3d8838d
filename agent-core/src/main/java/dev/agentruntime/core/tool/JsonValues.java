package dev.agentruntime.core.tool;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * JSON text to plain Java values and back, on Jackson's streaming API (jackson-core): objects
 * become {@link LinkedHashMap}s (or {@link TreeMap}s, keys sorted), arrays {@link ArrayList}s,
 * numbers {@link Integer}, {@link Long}, {@link BigInteger} or {@link Double}, and strings,
 * booleans and null themselves — the values Jackson's data binding gives for {@code Object.class}.
 *
 * <p>Tool arguments need no more than this; the data-binding {@code ObjectMapper}
 * (several hundred classes to load and initialise) would add a large part of a fresh runtime's
 * first run.
 */
final class JsonValues {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonValues() {}

  /**
   * Reads the first JSON value of a text (text after it is ignored, as by Jackson's default
   * {@code ObjectMapper}).
   *
   * @param json the text
   * @param sortKeys whether objects become maps sorted by key (else in document order)
   * @return the value (null for JSON {@code null})
   * @throws JsonProcessingException when the text is not JSON or holds no value
   */
  static @Nullable Object read(String json, boolean sortKeys) throws JsonProcessingException {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new JsonParseException(p, "No content to map due to end-of-input");
      }
      return value(p, t, sortKeys);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String source does no I/O
    }
  }

  private static @Nullable Object value(JsonParser p, JsonToken t, boolean sortKeys) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = sortKeys ? new TreeMap<>() : new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          map.put(name, value(p, p.nextToken(), sortKeys));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          list.add(value(p, e, sortKeys));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new JsonParseException(p, "Unexpected token " + t);
    }
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value a value of the kinds {@link #read} returns (maps are written in their own order)
   * @return the JSON text
   */
  static String write(@Nullable Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does no I/O
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, @Nullable Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof BigInteger b) {
      g.writeNumber(b);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object e : l) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (v instanceof Number n) {
      g.writeNumber(n.toString());
    } else {
      g.writeString(v.toString());
    }
  }

  /**
   * The text of a value as Jackson's {@code JsonNode.asText()} gives it: a string itself, a number
   * or boolean in JSON notation, {@code "null"} for null, and empty for objects and arrays.
   *
   * @param v a value of the kinds {@link #read} returns
   * @return its text
   */
  static String asText(@Nullable Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map || v instanceof List) {
      return "";
    }
    return v.toString();
  }
}
