package org.papergraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A topic's and a source's feed live under their pages' addresses ({@code /topic/{slug}/feed.atom}), which the
 * linked-data servlet's {@code /*} would take (a servlet mapping cannot say "ends with"): this filter, on
 * {@code /topic/*} and {@code /source/*}, hands those to the {@link FeedServlet} and everything else on.
 */
final class FeedAddresses implements Filter {
    private final FeedServlet feeds;

    FeedAddresses(FeedServlet feeds) { this.feeds = feeds; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest http && FeedServlet.isFeed(Site.path(http))) feeds.service(req, resp);
        else chain.doFilter(req, resp);
    }
}
