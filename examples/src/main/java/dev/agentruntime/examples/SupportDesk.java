package dev.agentruntime.examples;

import dev.agentruntime.core.tool.Tool;
import dev.langchain4j.agent.tool.P;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The support team's back office: a small knowledge base, the order system and the ticket queue.
 * Thread-safe. Exposed to agents as three tools: {@code search_knowledge_base},
 * {@code lookup_order} and {@code create_ticket} (side-effecting, idempotent).
 */
public final class SupportDesk {

  private static final Map<String, String> ARTICLES = Map.of(
      "shipping", "Shipping policy: standard delivery takes 3-5 business days; orders not delivered"
          + " after 7 business days are investigated by the carrier team and reshipped for free.",
      "returns", "Returns: items can be returned within 30 days for a full refund.",
      "warranty", "Warranty: electronics carry a 2-year manufacturer warranty.");

  private static final Map<String, String> ORDERS = Map.of(
      "1042", "order 1042: 1x Noise-cancelling headphones, shipped 9 business days ago via ParcelCo,"
          + " tracking PC-88213, last scan: regional depot",
      "1043", "order 1043: 2x USB-C cables, delivered 2 days ago");

  private final Map<String, String> ticketsByOrder = new ConcurrentHashMap<>();
  private final AtomicInteger nextTicket = new AtomicInteger(4711);
  private final AtomicInteger ticketsCreated = new AtomicInteger();

  /** Creates a desk with the demo data. */
  public SupportDesk() {}

  /**
   * @param query what to look for
   * @return the matching articles, or a note that none matched
   */
  public String searchKnowledgeBase(String query) {
    String q = query.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    ARTICLES.forEach((topic, text) -> {
      if (q.contains(topic) || q.contains(topic.substring(0, topic.length() - 1))) {
        sb.append(text).append('\n');
      }
    });
    return sb.length() == 0 ? "No article matches '" + query + "'." : sb.toString().trim();
  }

  /**
   * @param orderId the order number
   * @return the order's status
   */
  public String lookupOrder(String orderId) {
    String o = ORDERS.get(orderId.trim().replace("#", ""));
    return o != null ? o : "No order " + orderId + " found.";
  }

  /**
   * Opens a ticket; a second request for the same order returns the open ticket.
   *
   * @param orderId the order
   * @param summary what is wrong
   * @return the ticket reference
   */
  public String createTicket(String orderId, String summary) {
    String[] created = new String[1];
    String id = ticketsByOrder.computeIfAbsent(orderId, k -> {
      ticketsCreated.incrementAndGet();
      created[0] = "T-" + nextTicket.getAndIncrement();
      return created[0];
    });
    return created[0] != null
        ? "Ticket " + id + " opened for order " + orderId + ": " + summary
        : "Ticket " + id + " is already open for order " + orderId;
  }

  /** @return how many tickets were actually created */
  public int ticketsCreated() {
    return ticketsCreated.get();
  }

  /** @return the three tools, for the runtime's own loop */
  public List<Tool> tools() {
    return List.of(
        Tool.builder("search_knowledge_base")
            .description("Searches the help-center articles (shipping, returns, warranty).")
            .parameters("""
                {"type":"object","properties":{"query":{"type":"string","description":"what to look for"}},
                 "required":["query"]}""")
            .handler(inv -> searchKnowledgeBase(inv.arguments().getString("query")))
            .build(),
        Tool.builder("lookup_order")
            .description("Looks up an order's status and shipping details.")
            .parameters("""
                {"type":"object","properties":{"order_id":{"type":"string","description":"the order number"}},
                 "required":["order_id"]}""")
            .handler(inv -> lookupOrder(inv.arguments().getString("order_id")))
            .build(),
        Tool.builder("create_ticket")
            .description("Opens a support ticket for an order. Side-effecting: call once per problem.")
            .parameters("""
                {"type":"object","properties":{
                   "order_id":{"type":"string","description":"the order number"},
                   "summary":{"type":"string","description":"one-line description of the problem"}},
                 "required":["order_id","summary"]}""")
            .sideEffecting(true)
            .handler(inv -> createTicket(inv.arguments().getString("order_id"), inv.arguments().getString("summary")))
            .build());
  }

  /** The same tools as LangChain4j {@code @Tool} methods, for an {@code AiServices} agent. */
  public final class LangChain4jTools {
    /**
     * @param query what to look for
     * @return matching articles
     */
    @dev.langchain4j.agent.tool.Tool(name = "search_knowledge_base",
        value = "Searches the help-center articles (shipping, returns, warranty).")
    public String search(@P("what to look for") String query) {
      return searchKnowledgeBase(query);
    }

    /**
     * @param orderId the order number
     * @return the order's status
     */
    @dev.langchain4j.agent.tool.Tool(name = "lookup_order", value = "Looks up an order's status and shipping details.")
    public String order(@P("the order number") String orderId) {
      return lookupOrder(orderId);
    }

    /**
     * @param orderId the order
     * @param summary the problem
     * @return the ticket reference
     */
    @dev.langchain4j.agent.tool.Tool(name = "create_ticket", value = "Opens a support ticket for an order.")
    @dev.agentruntime.langchain4j.SideEffecting
    public String ticket(@P("the order number") String orderId, @P("one-line description of the problem") String summary) {
      return createTicket(orderId, summary);
    }
  }

  /** @return the {@code @Tool} object for LangChain4j */
  public LangChain4jTools langChain4jTools() {
    return new LangChain4jTools();
  }
}
