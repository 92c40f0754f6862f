package org.papergraph.convert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GitHub and GitLab repositories mentioned in a row (in an abstract's text or its links): a paper's code. */
final class CodeRepos {
    record Repo(String host, String owner, String name, String url) {}

    private static final Pattern REPO = Pattern.compile(
            "(github\\.com|gitlab\\.com)/([A-Za-z0-9][A-Za-z0-9_.-]*)/([A-Za-z0-9_.-]+)", Pattern.CASE_INSENSITIVE);
    // Site pages that look like owner/repo but are not repositories.
    private static final Set<String> NOT_OWNERS = Set.of("orgs", "topics", "features", "sponsors", "marketplace",
            "settings", "about", "collections", "search", "explore", "login", "users", "apps", "site", "pricing");

    private CodeRepos() {}

    static List<Repo> find(List<String> texts) {
        Map<String, Repo> found = new LinkedHashMap<>();
        for (String text : texts) {
            // Look for the host by hand, then read owner/repo there: cheaper than a pattern searching every position.
            for (int dot = text.indexOf('.'); dot >= 6; dot = text.indexOf('.', dot + 1)) {
                int at = dot - 6;
                if (!text.regionMatches(true, at, "github", 0, 6) && !text.regionMatches(true, at, "gitlab", 0, 6)) continue;
                if (!startsAUrl(text, at)) continue;
                Matcher m = REPO.matcher(text).region(at, text.length());
                if (!m.lookingAt()) continue;
                String host = m.group(1).toLowerCase(Locale.ROOT);
                String owner = m.group(2);
                String name = repoName(m.group(3));
                if (name.isEmpty() || NOT_OWNERS.contains(owner.toLowerCase(Locale.ROOT))) continue;
                String key = (host + "/" + owner + "/" + name).toLowerCase(Locale.ROOT);
                found.putIfAbsent(key, new Repo(host, owner, name, "https://" + host + "/" + owner + "/" + name));
            }
        }
        return List.copyOf(found.values());
    }

    /** The host at {@code at} begins a URL: after "http(s)://", "www." or a word boundary, not inside another host. */
    /** The repository's name without a {@code .git} suffix or trailing periods (a link at a sentence's end). */
    private static String repoName(String s) {
        if (s.regionMatches(true, s.length() - 4, ".git", 0, 4)) s = s.substring(0, s.length() - 4);
        int to = s.length();
        while (to > 0 && s.charAt(to - 1) == '.') to--;
        return s.substring(0, to);
    }

    private static boolean startsAUrl(String text, int at) {
        int i = at;
        if (i >= 4 && text.regionMatches(true, i - 4, "www.", 0, 4)) i -= 4;
        if (i >= 3 && text.startsWith("://", i - 3)) {
            int s = i - 3;
            return (s >= 5 && text.regionMatches(true, s - 5, "https", 0, 5)) || (s >= 4 && text.regionMatches(true, s - 4, "http", 0, 4));
        }
        if (i == 0) return true;
        char before = text.charAt(i - 1);
        return !(Character.isLetterOrDigit(before) || before == '_' || before == '.' || before == '@' || before == '/');
    }

}
