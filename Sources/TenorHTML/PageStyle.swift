/// The page's style sheet, inline, its colours from ``Palette`` (light, dark with
/// `prefers-color-scheme`, and print). The sign of a tone is written (`+`/`−` after a marked
/// word, ▲/▼/◆ beside a tone) and drawn (solid underline for positive, dashed for negative), so
/// colour is never the only cue.
enum PageStyle {
    static let css = """
        :root { color-scheme: light dark; \(Palette.light.declarations) }
        @media (prefers-color-scheme: dark) {
          :root { \(Palette.dark.declarations) }
        }
        body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 3rem; background: var(--bg); color: var(--fg);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
        a { color: var(--link); }
        h1 { font-size: 1.6rem; margin: 0.5rem 0; }
        h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1rem; margin: 0; }
        .summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0; }
        .summary dt { color: var(--muted); }
        .summary dd { margin: 0; }
        .note { color: var(--muted); font-size: 0.9rem; }
        figure { margin: 0.5rem 0; }
        svg { width: 100%; height: auto; display: block; }
        svg text { fill: var(--muted); font-size: 11px; }
        .axis { stroke: var(--muted); stroke-width: 1; }
        .band { fill: var(--band); stroke: var(--muted); stroke-width: 0.6; stroke-dasharray: 4 3; }
        .arc { fill: none; stroke: var(--muted); stroke-width: 1.2; }
        .mark.pos { fill: var(--pos); } .mark.neg { fill: var(--neg); } .mark.neu { fill: var(--neu); }
        .bar { fill: var(--neu); }
        .grid { stroke: var(--rule); stroke-width: 1; }
        .cell { fill: var(--heat); }
        a:hover .mark, a:focus .mark, a:hover .bar, a:focus .bar, a:hover .cell, a:focus .cell { stroke: var(--fg); stroke-width: 1.5; }
        .legend { font-size: 0.9rem; }
        .pair { border-left: 3px solid var(--heat); padding-left: 0.75rem; margin: 0.5rem 0; }
        .pair-title { font-weight: bold; margin: 0; }
        .card { background: var(--card); border: 1px solid var(--rule); border-radius: 6px; padding: 0.75rem 1rem;
          margin: 0.75rem 0; }
        .card:target { outline: 3px solid var(--link); }
        .card header { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.5rem 0; }
        .measures { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0; font-size: 0.9rem; }
        .measures dt { color: var(--muted); display: inline; }
        .measures dd { display: inline; margin: 0 0 0 0.3rem; }
        .tone.pos { color: var(--pos); } .tone.neg { color: var(--neg); } .tone.neu { color: var(--neu); }
        mark { color: inherit; border-radius: 2px; padding: 0 1px; border-bottom: 2px solid; }
        mark.pos { border-bottom-style: solid; border-color: var(--pos); }
        mark.neg { border-bottom-style: dashed; border-color: var(--neg); }
        mark.pos.s1 { background: var(--pos1); } mark.pos.s2 { background: var(--pos2); } mark.pos.s3 { background: var(--pos3); }
        mark.neg.s1 { background: var(--neg1); } mark.neg.s2 { background: var(--neg2); } mark.neg.s3 { background: var(--neg3); }
        mark .sign { font-size: 0.7em; vertical-align: super; font-weight: bold; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        @media print {
          :root { color-scheme: light; \(Palette.print.declarations) }
          mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          body { max-width: none; padding: 0; font-size: 11pt; }
          .card { break-inside: avoid; border-color: #999999; }
          a { color: inherit; text-decoration: none; }
          nav, .pair { display: none; }
        }
        """
}
