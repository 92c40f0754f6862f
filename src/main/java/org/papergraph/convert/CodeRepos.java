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
            "(?<![\\w.@/])(?:https?://)?(?:www\\.)?(github\\.com|gitlab\\.com)/([A-Za-z0-9][A-Za-z0-9_.-]*)/([A-Za-z0-9_.-]+)",
            Pattern.CASE_INSENSITIVE);
    // Site pages that look like owner/repo but are not repositories.
    private static final Set<String> NOT_OWNERS = Set.of("orgs", "topics", "features", "sponsors", "marketplace",
            "settings", "about", "collections", "search", "explore", "login", "users", "apps", "site", "pricing");

    private CodeRepos() {}

    static List<Repo> find(List<String> texts) {
        Map<String, Repo> found = new LinkedHashMap<>();
        for (String text : texts) {
            Matcher m = REPO.matcher(text);
            while (m.find()) {
                String host = m.group(1).toLowerCase(Locale.ROOT);
                String owner = m.group(2);
                String name = m.group(3).replaceFirst("(?i)\\.git$", "").replaceFirst("[.]+$", "");
                if (name.isEmpty() || NOT_OWNERS.contains(owner.toLowerCase(Locale.ROOT))) continue;
                String key = (host + "/" + owner + "/" + name).toLowerCase(Locale.ROOT);
                found.putIfAbsent(key, new Repo(host, owner, name, "https://" + host + "/" + owner + "/" + name));
            }
        }
        return List.copyOf(found.values());
    }
}
