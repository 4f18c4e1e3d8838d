package dev.agentruntime.store.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.audit.AuditChain;
import dev.agentruntime.core.audit.AuditEvent;
import dev.agentruntime.core.audit.AuditLog;
import dev.agentruntime.core.audit.AuditRecord;
import dev.agentruntime.core.audit.AuditVerification;
import dev.agentruntime.core.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@link AuditLog} in a JSON Lines file: one record per line, appended and forced to disk
 * before {@link #append} returns. Appends of this instance are serialised; use one instance per
 * file (several processes appending to one file would fork the chain — use the JDBC log for that).
 * On open, the file's last record gives the chain's head, so a restarted process continues it.
 */
public final class JsonlAuditLog implements AuditLog {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JsonlAuditLog.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Clock clock;
  private long nextSeq;
  /** an append may have left part of a line (it failed): the tail is repaired before the next one */
  private boolean torn;
  private String lastHash = AuditChain.GENESIS;

  /**
   * @param file the file (created when missing)
   * @param clock clock for record times
   * @throws StoreException when an existing file cannot be read
   */
  public JsonlAuditLog(Path file, Clock clock) {
    this.file = Objects.requireNonNull(file, "file");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (Files.exists(file)) {
      repairTail(true);
      List<AuditRecord> all = readAll();
      if (!all.isEmpty()) {
        AuditRecord last = all.get(all.size() - 1);
        nextSeq = last.seq() + 1;
        lastHash = last.hash();
      }
    }
  }

  /**
   * @param file the file (created when missing)
   */
  public JsonlAuditLog(Path file) {
    this(file, Clock.systemUTC());
  }

  @Override
  public synchronized AuditRecord append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    if (torn) {
      // the failed append's bytes were never acknowledged, and this log's head is still the one
      // before it: they go, even a complete line (kept, the chain would fork at its seq)
      repairTail(false);
      // a failed append whose line was written whole (it failed to force or close): the record is
      // in the file, so the chain continues after it rather than forking at its seq
      List<AuditRecord> all = readAll();
      if (!all.isEmpty() && all.get(all.size() - 1).seq() == nextSeq) {
        AuditRecord written = all.get(all.size() - 1);
        nextSeq = written.seq() + 1;
        lastHash = written.hash();
      }
    }
    AuditRecord r = AuditChain.link(nextSeq, clock.instant(), event, lastHash);
    byte[] line = (toJson(r) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      torn = true; // until the whole line is written and forced
      ByteBuffer buf = ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(false);
      torn = false;
    } catch (IOException e) {
      throw new StoreException("audit log " + file + ": append failed: " + e.getMessage(), e);
    }
    nextSeq++;
    lastHash = r.hash();
    return r;
  }

  @Override
  public synchronized List<AuditRecord> read(long fromSeq, int limit) {
    if (fromSeq < 0 || limit < 0) {
      throw new IllegalArgumentException("fromSeq and limit must be >= 0, were " + fromSeq + " and " + limit);
    }
    List<AuditRecord> out = new ArrayList<>();
    for (AuditRecord r : readAll()) {
      if (r.seq() >= fromSeq && out.size() < limit) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public synchronized AuditVerification verify() {
    List<AuditRecord> all = readAll();
    AuditVerification v = AuditChain.verify(all);
    if (v.intact() && all.size() != nextSeq) {
      return AuditVerification.broken(all.size(), all.size(), "the file ends at record " + all.size()
          + " but this log appended up to record " + nextSeq + ": the last records were removed");
    }
    return v;
  }

  /**
   * Ends the file at the end of a line, so the next record starts a line of its own: a partial last
   * line (an append cut short by a full disk or a crash, so never acknowledged) is cut off; a
   * complete record missing only its newline gets it.
   *
   * @param keepComplete whether a complete last record missing only its newline is kept (on open,
   *     where the head is read from the file after this) rather than cut off
   * @throws StoreException when the file cannot be read or written
   */
  private void repairTail(boolean keepComplete) {
    if (!Files.exists(file)) {
      torn = false;
      return;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      long start = size;
      ByteBuffer one = ByteBuffer.allocate(1);
      while (start > 0) {
        one.clear();
        ch.read(one, start - 1);
        if (one.get(0) == '\n') {
          break;
        }
        start--;
      }
      if (start < size) {
        ByteBuffer tail = ByteBuffer.allocate(Math.toIntExact(size - start));
        while (tail.hasRemaining() && ch.read(tail, start + tail.position()) >= 0) {
          // read the partial line
        }
        String last = new String(tail.array(), StandardCharsets.UTF_8);
        boolean complete;
        try {
          complete = keepComplete && !last.isBlank() && fromJson(last, -1) != null;
        } catch (StoreException e) {
          complete = false;
        }
        if (complete) {
          ch.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
        } else {
          LOG.warn("audit log {}: cutting off a partial last line of {} bytes (an append that never completed)",
              file, size - start);
          ch.truncate(start);
        }
        ch.force(false);
      }
      torn = false;
    } catch (IOException | ArithmeticException e) {
      throw new StoreException("audit log " + file + ": could not repair its last line: " + e.getMessage(), e);
    }
  }

  private List<AuditRecord> readAll() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<AuditRecord> out = new ArrayList<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        if (!line.isBlank()) {
          out.add(fromJson(line, lineNo));
        }
      }
    } catch (IOException e) {
      throw new StoreException("audit log " + file + ": read failed: " + e.getMessage(), e);
    }
    return out;
  }

  private static String toJson(AuditRecord r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("seq", r.seq());
    n.put("at", r.at().toString());
    AuditEvent e = r.event();
    n.put("action", e.action());
    n.put("subject", e.subject());
    n.put("outcome", e.outcome());
    n.put("argumentsHash", e.argumentsHash());
    n.put("runId", e.runId());
    n.put("sessionId", e.sessionId());
    n.put("userId", e.userId());
    n.put("tenantId", e.tenantId());
    n.put("traceId", e.traceId());
    n.put("previousHash", r.previousHash());
    n.put("hash", r.hash());
    return n.toString();
  }

  private AuditRecord fromJson(String line, int lineNo) {
    try {
      JsonNode n = JSON.readTree(line);
      AuditEvent e = new AuditEvent(n.path("action").asText(), text(n, "subject"), text(n, "outcome"),
          text(n, "argumentsHash"), text(n, "runId"), text(n, "sessionId"), text(n, "userId"), text(n, "tenantId"),
          text(n, "traceId"));
      return new AuditRecord(n.path("seq").asLong(), Instant.parse(n.path("at").asText()), e,
          n.path("previousHash").asText(), n.path("hash").asText());
    } catch (JsonProcessingException | RuntimeException ex) {
      throw new StoreException("audit log " + file + ": line " + lineNo + " is not a record: " + ex.getMessage(), ex);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
