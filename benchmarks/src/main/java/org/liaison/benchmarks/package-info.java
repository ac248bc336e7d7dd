/**
 * JMH benchmarks of the bulk load path ({@link org.liaison.benchmarks.LoadBenchmark}), the
 * deterministic generator of the datasets they read ({@link
 * org.liaison.benchmarks.GeneratedDataset}), and the retained-heap measurement ({@link
 * org.liaison.benchmarks.RetainedHeap}). Results and commands: {@code benchmarks/README.md}.
 */
package org.liaison.benchmarks;
