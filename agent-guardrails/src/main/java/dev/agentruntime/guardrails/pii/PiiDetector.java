package dev.agentruntime.guardrails.pii;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.guardrails.internal.SharedScanBytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds personal data with hand-written single-pass scanners (no backtracking regular
 * expressions): every check looks at a bounded window around a trigger character, so detection is
 * linear in the text length whatever the input. Checksums cut false positives: payment cards must
 * pass Luhn and start with a known issuer prefix, IBANs must pass mod-97 and have their country's
 * length, US SSNs exclude the never-issued ranges. Immutable and thread-safe.
 *
 * <p>Overview of the parts, one per kind of data (package-private): {@code Emails} (from each
 * {@code @}), {@code Ibans} (two letters before a digit run), {@code IpAddresses} (IPv6 from each
 * {@code :}; the IPv4 check), and {@code NumberTokens}, which reads digit groups once and hands
 * them to the IPv4, US SSN, {@code PaymentCards} and {@code PhoneNumbers} (shape, then
 * libphonenumber) checks. {@code DigitRuns} finds where digit runs start, eight bytes at a time,
 * for the IBAN and number scans. This class runs the scans and resolves overlaps.
 */
public final class PiiDetector {

  private final Set<PiiType> types;
  /** per {@link PiiType#ordinal()}: whether the type is in {@link #types} (a lookup without hashing) */
  private final boolean[] enabled;
  private final NumberTokens numbers;

  private PiiDetector(Set<PiiType> types) {
    this.types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    this.enabled = new boolean[PiiType.values().length];
    for (PiiType t : types) {
      enabled[t.ordinal()] = true;
    }
    this.numbers = new NumberTokens(enabled);
  }

  /** @return a detector for every {@link PiiType} */
  public static PiiDetector all() {
    return new PiiDetector(EnumSet.allOf(PiiType.class));
  }

  /**
   * @param types the kinds to find
   * @return a detector for those kinds
   * @throws IllegalArgumentException when no type is given
   */
  public static PiiDetector of(PiiType... types) {
    if (types.length == 0) {
      throw new IllegalArgumentException("types must name at least one PiiType");
    }
    return new PiiDetector(EnumSet.copyOf(Arrays.asList(types)));
  }

  /**
   * @param types the kinds to find
   * @return a detector for those kinds
   */
  public static PiiDetector of(Set<PiiType> types) {
    Objects.requireNonNull(types, "types");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("types must name at least one PiiType");
    }
    return new PiiDetector(types);
  }

  private boolean has(PiiType t) {
    return enabled[t.ordinal()];
  }

  /** @return the kinds this detector finds */
  public Set<PiiType> types() {
    return types;
  }

  /**
   * Finds personal data. Overlapping candidates are resolved in favour of the more specific kind
   * (e-mail, IBAN, card, SSN, IP, then phone).
   *
   * @param text any text; null and empty give no matches
   * @return the matches, ordered by position, not overlapping
   */
  public List<PiiMatch> detect(@Nullable CharSequence text) {
    if (text == null || text.length() == 0) {
      return List.of();
    }
    String s = text.toString();
    List<PiiMatch> found = new ArrayList<>();
    if (has(PiiType.EMAIL)) {
      Emails.scan(s, found);
    }
    boolean numberKinds = has(PiiType.CREDIT_CARD) || has(PiiType.US_SSN)
        || has(PiiType.IPV4) || has(PiiType.PHONE);
    // the IBAN and number scans look only where a run of ASCII digits starts (a digit after a
    // non-digit): those are found once, 8 chars at a time in a byte copy
    int[] runs = has(PiiType.IBAN) || numberKinds ? DigitRuns.starts(SharedScanBytes.of(s)) : null;
    if (has(PiiType.IBAN)) {
      Ibans.scan(s, runs, found);
    }
    if (has(PiiType.IPV6)) {
      IpAddresses.scanIpv6(s, found);
    }
    if (numberKinds) {
      numbers.scan(s, runs, found);
    }
    return resolve(found);
  }

  /**
   * @param text any text
   * @return whether the text contains personal data
   */
  public boolean containsPii(CharSequence text) {
    return !detect(text).isEmpty();
  }

  private static int priority(PiiType t) {
    switch (t) {
      case EMAIL: return 0;
      case IBAN: return 1;
      case CREDIT_CARD: return 2;
      case US_SSN: return 3;
      case IPV4: return 4;
      case IPV6: return 5;
      default: return 6;
    }
  }

  private static List<PiiMatch> resolve(List<PiiMatch> found) {
    if (found.size() <= 1) {
      return found;
    }
    // the common case: no two matches overlap, so every one is kept, ordered by position
    List<PiiMatch> byPosition = new ArrayList<>(found);
    byPosition.sort(Comparator.comparingInt(PiiMatch::start));
    boolean disjoint = true;
    for (int k = 0; k < byPosition.size() && disjoint; k++) {
      PiiMatch m = byPosition.get(k);
      disjoint = m.end() > m.start() && (k + 1 == byPosition.size() || m.end() <= byPosition.get(k + 1).start());
    }
    if (disjoint) {
      return byPosition;
    }
    found.sort(Comparator.comparingInt((PiiMatch m) -> priority(m.type()))
        .thenComparingInt(m -> -(m.end() - m.start())).thenComparingInt(PiiMatch::start));
    List<PiiMatch> kept = new ArrayList<>();
    java.util.TreeMap<Integer, PiiMatch> byStart = new java.util.TreeMap<>();
    for (PiiMatch m : found) {
      Map.Entry<Integer, PiiMatch> before = byStart.floorEntry(m.start());
      if (before != null && before.getValue().end() > m.start()) {
        continue;
      }
      Map.Entry<Integer, PiiMatch> after = byStart.ceilingEntry(m.start());
      if (after != null && after.getKey() < m.end()) {
        continue;
      }
      byStart.put(m.start(), m);
    }
    kept.addAll(byStart.values());
    return kept;
  }
}
