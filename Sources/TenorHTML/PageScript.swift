/// The page's one script, inline: a click on a cell of the similarity map shows that pair of
/// paragraphs, their text and links to their cards, under the map, so that a reader compares
/// cell after cell without leaving it. Without script the cell is a plain link to its row
/// paragraph's card, whose nearest paragraph and its other most similar ones are links.
///
/// A script rather than a fragment per pair: 200 paragraphs make 19,900 pairs, too many ids
/// for `:target`. It only copies nodes of the page (`cloneNode`, `textContent`), never parses
/// markup. The Content-Security-Policy allows it by its SHA-256 (``hash``) and nothing else.
enum PageScript {
    static let source = """
        document.getElementById("similarity-map").addEventListener("click", function (event) {
          var cell = event.target.closest("a[data-pair]"), panel = document.getElementById("pair");
          if (!cell) return;
          event.preventDefault();
          var heading = document.createElement("p");
          heading.className = "pair-title";
          heading.textContent = cell.querySelector("title").textContent;
          panel.replaceChildren(heading);
          cell.getAttribute("data-pair").split(" ").forEach(function (id) {
            var card = document.getElementById(id);
            if (!card) return;
            var link = document.createElement("a"), text = card.querySelector(".text").cloneNode(true);
            link.href = "#" + id;
            link.textContent = card.querySelector("h3").textContent;
            text.prepend(link, ": ");
            panel.append(text);
          });
          panel.hidden = false;
        });
        """

    /// The CSP source of ``source``: `'sha256-…'`, the base64 of its SHA-256 (as
    /// `printf %s "$source" | openssl dgst -sha256 -binary | base64` gives it; a test checks).
    static let hash = "'sha256-+1NnxAxNr45WzGQbIZ2WUVSS+RTzJb1If4iqUh3eun8='"
}
