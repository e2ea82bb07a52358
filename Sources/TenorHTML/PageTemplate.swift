import Mustache

/// The page as a Mustache template over a ``PageModel``. Every `{{value}}` is HTML-escaped by
/// Mustache; the only unescaped insertions are the constant style sheet and script, put in
/// before parsing. The Content-Security-Policy forbids loading anything and running any script
/// but the page's own (``PageScript``); the page reads the same without JavaScript.
enum PageTemplate {
    // The template is a constant: it parses, or the tests fail.
    static let shared = try! MustacheTemplate(string: text)

    static let text = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src \(PageScript.hash); base-uri 'none'; form-action 'none'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="generator" content="tenor report --format html">
        {{#summary}}<title>Tenor report: {{name}}</title>{{/summary}}
        <style>
        \(PageStyle.css)
        </style>
        </head>
        <body>
        {{#summary}}
        <header>
        <h1>Tenor report: <bdi>{{name}}</bdi></h1>
        <dl class="summary" id="summary">
        {{#hasFiles}}<dt>Files</dt><dd>{{fileCount}}</dd>{{/hasFiles}}
        <dt>Paragraphs</dt><dd data-key="paragraphs">{{paragraphs}}</dd>
        <dt>Words</dt><dd data-key="words">{{words}}</dd>
        <dt>Sentences</dt><dd data-key="sentences">{{sentences}}</dd>
        <dt>Reading grade</dt><dd data-key="reading_grade">{{grade}}</dd>
        <dt>Tone</dt><dd data-key="tone"><span class="tone pos">▲ {{positive}} positive</span>, <span class="tone neu">◆ {{neutral}} neutral</span>, <span class="tone neg">▼ {{negative}} negative</span>; mean compound <span {{#meanToneExact}}data-value="{{.}}"{{/meanToneExact}}>{{meanTone}}</span></dd>
        {{#mostPositive}}<dt>Most positive</dt><dd>{{#link}}<a href="{{.}}">{{/link}}<bdi>{{label}}</bdi>{{#link}}</a>{{/link}} ({{tone}})</dd>{{/mostPositive}}
        {{#mostNegative}}<dt>Most negative</dt><dd>{{#link}}<a href="{{.}}">{{/link}}<bdi>{{label}}</bdi>{{#link}}</a>{{/link}} ({{tone}})</dd>{{/mostNegative}}
        <dt>Key terms</dt><dd data-key="key_terms"><bdi>{{keyTerms}}</bdi></dd>
        </dl>
        </header>
        {{#hasFiles}}
        <nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>
        {{#files}}<li><a href="#{{anchor}}"><bdi>{{name}}</bdi></a> ({{paragraphs}} paragraphs)</li>
        {{/files}}</ol></nav>
        {{/hasFiles}}
        {{/summary}}
        <main>
        {{#largeInputNote}}<p class="note" id="large-input">{{.}}</p>{{/largeInputNote}}
        <section aria-labelledby="tone-arc"><h2 id="tone-arc">Tone arc</h2>
        {{#toneArc}}
        <figure>
        <svg id="tone-arc-chart" role="img" aria-labelledby="tone-arc-title tone-arc-desc" viewBox="0 0 960 220" xmlns="http://www.w3.org/2000/svg">
        <title id="tone-arc-title">Tone arc: compound tone per paragraph</title>
        <desc id="tone-arc-desc">{{description}}</desc>
        <rect class="band" x="44" width="904" y="{{bandY}}" height="{{bandHeight}}"><title>neutral band, −0.05 to +0.05</title></rect>
        <line class="axis" x1="44" x2="948" y1="{{zeroY}}" y2="{{zeroY}}"/>
        <line class="axis" x1="44" x2="44" y1="{{topY}}" y2="{{bottomY}}"/>
        <text x="38" y="{{topY}}" text-anchor="end" dominant-baseline="middle">+1</text>
        <text x="38" y="{{zeroY}}" text-anchor="end" dominant-baseline="middle">0</text>
        <text x="38" y="{{bottomY}}" text-anchor="end" dominant-baseline="middle">−1</text>
        <polyline class="arc" points="{{line}}"/>
        {{#ticks}}<text x="{{position}}" y="215" text-anchor="middle">{{label}}</text>{{/ticks}}
        {{#points}}{{#link}}<a href="{{.}}">{{/link}}<path class="mark {{sign}}" d="{{shape}}"><title>{{title}}</title></path>{{#link}}</a>{{/link}}
        {{/points}}
        </svg>
        <figcaption class="legend">Compound tone from −1 to +1 by paragraph number. <span class="tone pos">▲ positive</span>, <span class="tone neg">▼ negative</span>, <span class="tone neu">◆ neutral</span> (the dashed band, ±0.05). Each mark links to its paragraph.{{#binNote}} {{.}}{{/binNote}}</figcaption>
        </figure>
        {{/toneArc}}
        </section>
        <section aria-labelledby="grades"><h2 id="grades">Reading grade</h2>
        {{#grades}}
        <figure>
        <svg id="grade-chart" role="img" aria-labelledby="grade-title grade-desc" viewBox="0 0 960 220" xmlns="http://www.w3.org/2000/svg">
        <title id="grade-title">Reading grade per paragraph</title>
        <desc id="grade-desc">{{description}}</desc>
        {{#grid}}<line class="grid" x1="44" x2="948" y1="{{y}}" y2="{{y}}"/><text x="38" y="{{y}}" text-anchor="end" dominant-baseline="middle">{{label}}</text>
        {{/grid}}
        {{#ticks}}<text x="{{position}}" y="215" text-anchor="middle">{{label}}</text>{{/ticks}}
        {{#bars}}{{#link}}<a href="{{.}}">{{/link}}<rect class="bar" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}"><title>{{title}}</title></rect>{{#link}}</a>{{/link}}
        {{/bars}}
        </svg>
        <figcaption class="legend">US school grade (textstat's consensus) by paragraph number; higher is harder. Each bar links to its paragraph.</figcaption>
        </figure>
        {{/grades}}
        </section>
        <section aria-labelledby="similarity"><h2 id="similarity">Similar paragraphs</h2>
        {{#similarity}}
        <figure>
        <svg id="similarity-map" role="img" aria-labelledby="similarity-title similarity-desc" viewBox="0 0 {{width}} {{height}}" style="max-width: 30rem" xmlns="http://www.w3.org/2000/svg">
        <title id="similarity-title">Similarity map: cosine of every pair of paragraphs</title>
        <desc id="similarity-desc">{{description}}</desc>
        {{#swatches}}<rect class="cell" x="{{x}}" y="4" width="30" height="14" fill-opacity="{{opacity}}"/><text x="{{x}}" y="32">{{label}}</text>
        {{/swatches}}
        {{#rowTicks}}<text x="{{ticksX}}" y="{{position}}" text-anchor="end" dominant-baseline="middle">{{label}}</text>{{/rowTicks}}
        {{#columnTicks}}<text x="{{position}}" y="{{ticksY}}" text-anchor="middle">{{label}}</text>{{/columnTicks}}
        {{#cells}}<a href="{{link}}" data-pair="{{pair}}"><rect class="cell" x="{{x}}" y="{{y}}" width="{{cellSize}}" height="{{cellSize}}" fill-opacity="{{opacity}}"><title>{{title}}</title></rect></a>
        {{/cells}}
        </svg>
        <figcaption class="legend">Row paragraph by column paragraph, numbered as in the text; the stronger the colour, the more alike the pair (TF-IDF cosine, the score of each card's nearest paragraph; the strongest is the closest pair, {{highest}}). Hover a cell for its pair and score; click it to compare the two paragraphs.</figcaption>
        </figure>
        <div id="pair" class="pair" aria-live="polite" hidden></div>
        <script>\(PageScript.source)</script>
        {{/similarity}}
        {{#similarityNote}}<p class="note" id="similarity-note">{{.}}</p>{{/similarityNote}}
        {{^similarity}}{{^similarityNote}}<p class="note">No two paragraphs share a term.</p>{{/similarityNote}}{{/similarity}}
        </section>
        {{#sections}}
        <section {{#id}}id="{{.}}"{{/id}} aria-label="{{heading}}"><h2 dir="auto">{{heading}}</h2>
        {{#note}}<p class="note">{{.}}</p>{{/note}}
        {{#showsLegend}}<p class="legend">In the text, each word that moved the tone is marked: <mark class="pos s2">positive<span class="sign">+</span></mark> (solid underline) or <mark class="neg s2">negative<span class="sign">−</span></mark> (dashed), deeper for a larger contribution; hover a word for its value, as <code>tenor tone --explain</code> gives it.</p>{{/showsLegend}}
        {{#cards}}
        <article class="card" {{#id}}id="{{.}}"{{/id}} data-compound="{{toneExact}}" {{#gradeExact}}data-grade="{{.}}"{{/gradeExact}} data-words="{{words}}" data-marked="{{marked}}">
        <header><h3><bdi>{{label}}</bdi></h3><span class="tone {{toneSign}}">{{toneSymbol}} {{toneLabel}}, compound {{tone}}</span></header>
        <p class="text" dir="auto">{{#segments}}{{#mark}}<mark class="{{sign}} s{{strength}}" title="{{word}}: {{value}}" data-contribution="{{exact}}">{{/mark}}{{text}}{{#mark}}<span class="sign">{{symbol}}</span></mark>{{/mark}}{{/segments}}</p>
        {{#hasUnplaced}}<p class="note">Also scored (read from changed text): {{#unplaced}}<mark class="{{sign}} s{{strength}}" title="{{word}}: {{value}}" data-contribution="{{exact}}"><bdi>{{word}}</bdi><span class="sign">{{symbol}}</span></mark> {{/unplaced}}</p>{{/hasUnplaced}}
        <dl class="measures">
        <div><dt>Reading grade</dt><dd>{{grade}}</dd></div>
        <div><dt>Words</dt><dd>{{words}}</dd></div>
        <div><dt>Top terms</dt><dd><bdi>{{topTerms}}</bdi></dd></div>
        {{#nearest}}<div><dt>Nearest</dt><dd data-score="{{exact}}">{{#link}}<a href="{{.}}">{{/link}}<bdi>{{label}}</bdi>{{#link}}</a>{{/link}} ({{score}})</dd></div>{{/nearest}}
        {{#hasAlsoSimilar}}<div><dt>Also similar</dt><dd>{{#alsoSimilar}}{{separator}}{{#link}}<a href="{{.}}">{{/link}}<bdi>{{label}}</bdi>{{#link}}</a>{{/link}} ({{score}}){{/alsoSimilar}}</dd></div>{{/hasAlsoSimilar}}
        </dl>
        </article>
        {{/cards}}
        </section>
        {{/sections}}
        </main>
        </body>
        </html>
        """
}
