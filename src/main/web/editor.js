// papergraph's SPARQL editor: YASGUI (from npm, served by papergraph) set up from the page's own JSON (#editor-config):
// the read-only endpoint, papergraph's prefixes and terms for completion, and the canned queries as tabs.
// Nothing here or in YASGUI as set up asks another host for anything (no prefix.cc, no LOV, no CDN).
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("editor-config").textContent);
  const endpoint = new URL(config.endpoint, window.location.href).href;
  const Yasqe = Yasgui.Yasqe;

  // Completion from what papergraph knows: its prefixes before the bundled list, its ontology's and shapes' terms
  // (YASGUI's own class and property completers would ask lov.linkeddata.es).
  const ours = Object.entries(config.prefixes).map(([p, iri]) => p + ": <" + iri + ">");
  const bundled = Yasqe.Autocompleters.prefixes;
  Yasqe.forkAutocompleter("prefixes", {
    name: "papergraph-prefixes",
    get: (yasqe) => bundled.get(yasqe).then((list) => ours.concat(list.filter((p) => !ours.includes(p)))),
  }, false);
  Yasqe.forkAutocompleter("property", { name: "papergraph-properties", bulk: true, get: config.properties }, false);
  Yasqe.forkAutocompleter("class", { name: "papergraph-classes", bulk: true, get: config.classes }, false);
  Yasqe.defaults.autocompleters = ["papergraph-prefixes", "variables", "papergraph-properties", "papergraph-classes"];

  const editor = new Yasgui(document.getElementById("editor"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    copyEndpointOnNewTab: true,
    persistenceId: null,   // every visit starts from the examples; a query travels in the URL instead
    autoAddOnInit: false,
    yasqe: { value: config.examples[0].query, screenReaderLabel: "SPARQL query" },
  });
  const fromUrl = editor.getTab();   // a query in the URL's fragment (#query=...) opens, and runs, in a tab of its own
  config.examples.forEach((example, i) =>
    editor.addTab(!fromUrl && i === 0, { name: example.title, yasqe: { value: example.query } }));

  // YASGUI's markup, mended for assistive technology (axe-core, TestAccessibility): the tab list holds only tabs
  // (its "+" moves beside it, and new tabs go at the list's end), a tab names only a panel that exists, every
  // field has a name, and the editor's scrolling box can be reached by keyboard. Done again as YASGUI redraws.
  const tabs = editor.tabElements, add = tabs.addTabEl, bar = document.createElement("div");
  bar.className = "tabBar";
  tabs._tabsListEl.replaceWith(bar);
  bar.append(tabs._tabsListEl, add);
  tabs.addTabEl = null;
  function mend() {
    document.querySelectorAll("#editor [role=tab][aria-controls]").forEach((tab) => {
      if (!document.getElementById(tab.getAttribute("aria-controls"))) tab.removeAttribute("aria-controls");
    });
    document.querySelectorAll("#editor input.autocomplete:not([aria-label])").forEach((e) => e.setAttribute("aria-label", "SPARQL endpoint"));
    document.querySelectorAll("#editor select.tableSizer:not([aria-label])").forEach((e) => e.setAttribute("aria-label", "Results per page"));
    document.querySelectorAll("#editor textarea:not([aria-label])").forEach((e) => e.setAttribute("aria-label", "SPARQL query"));
    document.querySelectorAll("#editor .CodeMirror-scroll[tabindex=\"-1\"]").forEach((e) => e.setAttribute("tabindex", "0"));
  }
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(() => { pending = false; mend(); });
  }).observe(document.getElementById("editor"), { childList: true, subtree: true });
  mend();

  // The query being edited stays in the URL, so the address bar can be bookmarked or shared.
  function remember(tab) {
    if (tab) window.history.replaceState(null, "", "#" + new URLSearchParams({ query: tab.getQuery() }).toString());
  }
  editor.on("query", (_, tab) => remember(tab));
  // A link to another query followed from this page changes only the fragment: it opens, and runs, in a new tab.
  window.addEventListener("hashchange", () => {
    const query = new URLSearchParams(window.location.hash.slice(1)).get("query");
    const tab = editor.getTab();
    if (query && (!tab || query !== tab.getQuery())) editor.addTab(true, { yasqe: { value: query } }).query().catch(() => {});
  });
  editor.on("tabSelect", (_, id) => remember(editor.getTab(id)));
})();
