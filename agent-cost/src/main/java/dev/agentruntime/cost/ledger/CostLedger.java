package dev.agentruntime.cost.ledger;

import java.time.LocalDate;

/**
 * Where priced usage is recorded and reported from. The default is {@link InMemoryCostLedger};
 * implement this to send records to a database or a billing system. Thread-safe.
 */
public interface CostLedger {

  /**
   * @param record one priced model call
   */
  void record(CostRecord record);

  /**
   * @param record one finished run's total
   */
  void recordRun(RunCostRecord record);

  /**
   * @param from first day, inclusive
   * @param to last day, inclusive
   * @param topN how many top consumers to list
   * @return the report
   */
  CostReport report(LocalDate from, LocalDate to, int topN);
}
