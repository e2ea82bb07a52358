"""A bar chart of seconds per tool per task, as SVG, on a log scale (the tools differ by
orders of magnitude). Written by hand: a few rectangles do not need a plotting library."""
import math
from xml.sax.saxutils import escape

WIDTH = 760
LEFT = 200          # room for the task labels
RIGHT = 60          # room for the value labels
BAR = 16
GAP = 4             # between the two bars of a task
GROUP_GAP = 18      # between tasks
TOP = 64
COLOURS = {"reference": "#9aa0a6", "tenor": "#1a73e8"}


def _seconds(value):
    return f"{value:.3g} s" if value >= 0.01 else f"{value * 1000:.2g} ms"


def svg(title, subtitle, groups):
    """groups: [(label, note, [(series, tool, seconds), ...])], series "reference" or "tenor";
    the note (the reference tool's name) goes under the label."""
    values = [s for _, _, bars in groups for _, _, s in bars if s and s > 0]
    # Half a decade of room below the shortest bar, so that it still shows.
    low = math.floor(math.log10(min(values)) - 0.5) if values else -2
    high = math.ceil(math.log10(max(values))) if values else 1
    high = max(high, low + 1)
    plot = WIDTH - LEFT - RIGHT

    def x(seconds):
        return LEFT + plot * (math.log10(seconds) - low) / (high - low)

    bars_height = sum(len(bars) * (BAR + GAP) - GAP + GROUP_GAP for _, _, bars in groups)
    height = TOP + bars_height + 64
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" font-family="Helvetica, Arial, sans-serif" font-size="12">',
           f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
           f'<text x="{LEFT}" y="22" font-size="16" font-weight="bold">{escape(title)}</text>',
           f'<text x="{LEFT}" y="40" fill="#555">{escape(subtitle)}</text>']
    axis_bottom = TOP + bars_height - GROUP_GAP + 8
    for decade in range(low, high + 1):
        tick = x(10.0 ** decade)
        out.append(f'<line x1="{tick:.1f}" y1="{TOP - 6}" x2="{tick:.1f}" y2="{axis_bottom}" stroke="#ddd"/>')
        out.append(f'<text x="{tick:.1f}" y="{axis_bottom + 16}" text-anchor="middle" fill="#555">'
                   f'{escape(_seconds(10.0 ** decade))}</text>')
    y = TOP
    for label, note, bars in groups:
        middle = y + (len(bars) * (BAR + GAP) - GAP) / 2
        out.append(f'<text x="{LEFT - 10}" y="{middle - 2:.1f}" text-anchor="end">{escape(label)}</text>')
        out.append(f'<text x="{LEFT - 10}" y="{middle + 12:.1f}" text-anchor="end" font-size="10" '
                   f'fill="#777">{escape(note)}</text>')
        for series, tool, seconds in bars:
            if seconds and seconds > 0:
                end = x(seconds)
                out.append(f'<rect x="{LEFT}" y="{y}" width="{max(end - LEFT, 1):.1f}" height="{BAR}" '
                           f'fill="{COLOURS[series]}"><title>{escape(tool)}: {escape(_seconds(seconds))}</title></rect>')
                out.append(f'<text x="{end + 4:.1f}" y="{y + BAR - 4}" fill="#333">{escape(_seconds(seconds))}</text>')
            y += BAR + GAP
        y += GROUP_GAP - GAP
    legend_y = axis_bottom + 30
    for i, (series, name) in enumerate([("reference", "Python tool (named under the task)"), ("tenor", "Tenor")]):
        out.append(f'<rect x="{LEFT + i * 240}" y="{legend_y}" width="12" height="12" fill="{COLOURS[series]}"/>')
        out.append(f'<text x="{LEFT + i * 240 + 16}" y="{legend_y + 10}">{name}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
