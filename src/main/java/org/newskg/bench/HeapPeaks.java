package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap from the JVM's memory pools. The peak of a phase is the sum of the heap pools' peak
 * usage since their peaks were reset: an upper bound of the heap in use at any one moment, since
 * the pools (eden, survivor, old) need not peak together.
 */
final class HeapPeaks {
  private HeapPeaks() {}

  /** Collects garbage, so that a phase does not pay for the last one, and resets the peaks. */
  static void startPhase() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since {@link #startPhase()}, in bytes. */
  static long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Heap in use right after a full collection: what the process keeps (models, caches). */
  static long usedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long maxBytes() {
    return Runtime.getRuntime().maxMemory();
  }
}
