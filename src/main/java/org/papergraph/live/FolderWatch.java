package org.papergraph.live;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file system's own news of the sources (the JDK's {@link WatchService}: inotify on Linux): every folder that
 * holds them watched, folders made under a folder given watched as they appear. It only says that something
 * changed; where events are not delivered (network file systems), the {@link Reloader}'s re-scan finds it.
 */
final class FolderWatch implements AutoCloseable {
    private final SourceFiles files;
    private Runnable changed;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread = new Thread(this::run, "papergraph-watch");

    /** Watches the folders of {@code files}; news is told once {@link #start started}. */
    FolderWatch(SourceFiles files) {
        this.files = files;
        try {
            var first = files.folders().stream().findFirst();
            this.service = first.isEmpty() ? null : first.get().getFileSystem().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watchFolders();
    }

    /** Tells {@code changed} of every change to the sources from now on. */
    void start(Runnable changed) {
        this.changed = changed;
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Watches every folder that holds sources now (again: one made since, or made anew, is added), and no longer
     * those it cannot reach: the folder a symbolic link led to before it was swapped to another (git-sync's revisions).
     */
    synchronized void watchFolders() {
        if (service == null) return;
        Map<WatchKey, Path> now = new HashMap<>();
        // Again until no folder is new: one made inside a folder before that folder was watched (mkdir -p, a
        // checkout) sends no news of itself, and only a second look finds it.
        for (int before = -1; before != now.size(); ) {
            before = now.size();
            for (Path folder : files.folders()) {
                try {
                    now.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
                } catch (IOException | ClosedWatchServiceException e) {
                    // gone already, or the watch is closing: the re-scan still looks
                }
            }
        }
        folders.putAll(now);
        for (WatchKey key : folders.keySet()) {
            if (!now.containsKey(key)) {
                key.cancel();
                folders.remove(key);
            }
        }
    }

    private void run() {
        if (service == null) return;
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW || folder == null) {
                        relevant = true; // events were lost: look at everything
                        continue;
                    }
                    Path path = folder.resolve((Path) event.context());
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(path) && files.isUnderFolder(path)) {
                        watchFolders(); // a new folder (a git checkout, a copy): watched with what is in it
                        relevant = true;
                    } else if (files.isSource(path) || folders.containsValue(path)) {
                        relevant = true;
                    }
                }
                if (!key.reset()) folders.remove(key);
                if (relevant) changed.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopping) {
            // closed
        }
    }

    @Override
    public void close() {
        if (service == null) return;
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            if (thread.isAlive()) thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
