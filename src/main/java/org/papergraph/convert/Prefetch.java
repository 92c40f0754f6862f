package org.papergraph.convert;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Runs a producer on its own thread, a few items ahead of the consumer: parsing Markdown on one core while the
 * other maps and writes RDF. Null from the producer ends the stream; its failure is rethrown to the consumer.
 */
final class Prefetch<T> implements AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;

    Prefetch(String name, int ahead, Supplier<T> producer) {
        this.queue = new ArrayBlockingQueue<>(ahead);
        this.thread = new Thread(() -> {
            try {
                T item;
                while ((item = producer.get()) != null) queue.put(item);
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                try {
                    queue.put(new Failure(t));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private record Failure(Throwable cause) {}

    /** The next item, or null at the end. */
    @SuppressWarnings("unchecked")
    T next() {
        try {
            Object o = queue.take();
            if (o == END) {
                queue.put(END); // stay at the end if asked again
                return null;
            }
            if (o instanceof Failure f) {
                if (f.cause instanceof RuntimeException r) throw r;
                if (f.cause instanceof Error e) throw e;
                throw new IllegalStateException(f.cause);
            }
            return (T) o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
