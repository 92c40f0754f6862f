// papergraph: suggestions as one types in the search box (titles and topics, from /search/suggest).
// Only fills the box's <datalist>: the box is a plain form and works without this script.
(function () {
  var box = document.querySelector("form.search input[name=q]");
  var list = document.getElementById("pg-suggest");
  if (!box || !list || !window.fetch) return;
  var asked = "";
  box.addEventListener("input", function () {
    var q = box.value.trim();
    if (q.length < 2 || q === asked) return;
    asked = q;
    fetch("/search/suggest?q=" + encodeURIComponent(q)).then(function (r) { return r.ok ? r.json() : [q, []]; })
      .then(function (answer) {
        if (answer[0] !== box.value.trim()) return; // a later keystroke asked again
        list.replaceChildren.apply(list, answer[1].map(function (s) {
          var option = document.createElement("option");
          option.value = s; // text, never markup
          return option;
        }));
      }).catch(function () {});
  });
})();
