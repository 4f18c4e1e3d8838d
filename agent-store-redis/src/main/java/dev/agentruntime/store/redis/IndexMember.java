package dev.agentruntime.store.redis;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Members of the index sets (sessions by user/tenant, unfinished runs): {@code <id>\0<tag>}, a
 * fresh random 16-hex-digit tag per attempt to create the session or run, which stores its tag. The
 * index lives in another hash slot than the session or run, so indexing and deleting cannot be one
 * script on Redis Cluster: a delete removes only the member carrying the deleted session's (run's)
 * tag, never the member of a creation of the same id running at the same time. Members without a
 * tag (written by earlier versions) are the id itself.
 */
final class IndexMember {

  private static final int TAG_LENGTH = 16;

  private IndexMember() {}

  /** @return a new tag, for one attempt to create */
  static String newTag() {
    return String.format("%016x", ThreadLocalRandom.current().nextLong());
  }

  /**
   * @param id the session or run id
   * @param tag the creation's tag, or "" for a session or run stored without one
   * @return the index member
   */
  static String of(String id, String tag) {
    return tag == null || tag.isEmpty() ? id : id + '\0' + tag;
  }

  /** @return the id of an index member */
  static String id(String member) {
    int sep = member.length() - TAG_LENGTH - 1;
    if (sep >= 1 && member.charAt(sep) == '\0') {
      for (int i = sep + 1; i < member.length(); i++) {
        char ch = member.charAt(i);
        if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f')) {
          return member;
        }
      }
      return member.substring(0, sep);
    }
    return member;
  }

  /** @return the tag of an index member, "" when it has none */
  static String tag(String member) {
    String id = id(member);
    return id.length() == member.length() ? "" : member.substring(id.length() + 1);
  }
}
