// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tags a stream of items on a pool of threads sharing one {@link Balise} and writes the results
 * in input order. Memory is bounded by a window of documents in flight, not by the corpus: the
 * reading thread waits for the oldest document before it reads past the window.
 */
public final class BatchRunner {

  /**
   * Counts of a finished run. {@code failures} counts the whole output, {@code
   * earlierFailures} of them recorded by the run this one resumed; {@code skipped} documents
   * were written by that earlier run; the other counts ({@code bytes} included) are this run's.
   */
  public record Summary(long documents, long failures, long earlierFailures, long skipped,
      long tokens, Map<EntityType, Long> entities, long bytes, double seconds) {}

  /** How a run is set up. */
  public record Settings(OutputFormat format, DocumentJson.Fields fields, int threads, int window,
      int checkpointEvery, long checkpointMillis) {}

  private final Balise balise;
  private final Settings settings;

  public BatchRunner(Balise balise, Settings settings) {
    this.balise = balise;
    this.settings = settings;
  }

  /** What one item became. */
  private record Result(Item item, OutputFormat.Rendered rendered, String error, int tokens,
      Map<EntityType, Integer> entities) {}

  /**
   * Runs the batch.
   *
   * @param items the input, in order
   * @param skip items an earlier run already wrote (resume): read, not tagged nor written
   * @param sink where documents go
   * @param errors where failures go
   * @param checkpoint the resume journal, or null
   * @param progress progress reporting
   */
  Summary run(Iterator<Item> items, long skip, OutputSink sink, ErrorLog errors,
      Checkpoint checkpoint, Progress progress) throws IOException {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "balise-tag");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Result>> inFlight = new ArrayDeque<>();
    // documents, tokens, bytes read (for progress), skipped items, written items, skipped bytes
    long[] counts = new long[6];
    Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
    long lastCheckpoint = System.nanoTime();
    long sinceCheckpoint = 0;
    try {
      while (items.hasNext()) {
        Item item = items.next();
        if (item.seq() < skip) {
          sink.passed(item);
          counts[3]++;
          counts[2] += item.bytes();
          counts[5] += item.bytes();
          continue;
        }
        if (item instanceof Item.Document) {
          Item.Document doc = (Item.Document) item;
          inFlight.add(pool.submit(() -> process(doc)));
        } else {
          Item.Failure f = (Item.Failure) item;
          inFlight.add(CompletableFuture.completedFuture(new Result(f, null, f.message(), 0, Map.of())));
        }
        while (inFlight.size() >= settings.window()) {
          write(take(inFlight), sink, errors, counts, entities);
          sinceCheckpoint++;
          progress.update(counts[0], counts[2]);
        }
        if (checkpoint != null && (sinceCheckpoint >= settings.checkpointEvery()
            || (System.nanoTime() - lastCheckpoint) / 1_000_000 >= settings.checkpointMillis())) {
          // what is written is on disk before the journal says so
          checkpoint.record(new Checkpoint.Position(counts[4] + counts[3], sink.sync(), errors.sync()));
          lastCheckpoint = System.nanoTime();
          sinceCheckpoint = 0;
        }
      }
      while (!inFlight.isEmpty()) {
        write(take(inFlight), sink, errors, counts, entities);
        progress.update(counts[0], counts[2]);
      }
      if (checkpoint != null) {
        checkpoint.record(new Checkpoint.Position(counts[4] + counts[3], sink.sync(), errors.sync()));
      }
      sink.finish();
    } finally {
      pool.shutdownNow();
      progress.close();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    // the skipped items are the earlier run's documents and failures; throughput is this run's
    return new Summary(counts[0], errors.count(), errors.earlier(), counts[3] - errors.earlier(),
        counts[1], entities, counts[2] - counts[5], seconds);
  }

  private Result process(Item.Document in) {
    try {
      AnnotatedDocument doc = in.dct() == null ? balise.annotate(in.text()) : balise.annotate(in.text(), in.dct());
      Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
      for (Entity e : doc.entities()) {
        byType.merge(e.type(), 1, Integer::sum);
      }
      return new Result(in, settings.format().render(in, doc, settings.fields()), null,
          doc.tokens().size(), byType);
    } catch (RuntimeException | StackOverflowError e) {
      // one pathological document must not end a run of millions: it is reported by name
      return new Result(in, null, "tagging failed: " + e, 0, Map.of());
    }
  }

  private static Result take(Deque<Future<Result>> inFlight) throws IOException {
    try {
      return inFlight.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("tagging failed", e.getCause());
    }
  }

  private static void write(Result r, OutputSink sink, ErrorLog errors, long[] counts,
      Map<EntityType, Long> entities) throws IOException {
    counts[4]++;
    counts[2] += r.item().bytes();
    if (r.error() != null) {
      String id = r.item() instanceof Item.Document ? ((Item.Document) r.item()).id() : null;
      errors.report(r.item().origin(), id, r.error());
      sink.passed(r.item());
      return;
    }
    sink.write((Item.Document) r.item(), r.rendered());
    counts[0]++;
    counts[1] += r.tokens();
    r.entities().forEach((t, n) -> entities.merge(t, (long) n, Long::sum));
  }
}
