"""Render Word/PDF-export style tables whose cells wrap onto several physical lines.

box(rows, widths, style="light"|"ascii", header=1, sep_every=True)
  rows: list of rows; each row a list of cell strings, "\n" inside a cell = a wrapped
        physical line inside the same cell.
  widths: inner width of every column (text is left-aligned, padded with one space).
Used by the defs at build time so the chart text is exactly what is printed here.
"""

LIGHT = {"tl": "┌", "tm": "┬", "tr": "┐", "ml": "├", "mm": "┼", "mr": "┤",
         "bl": "└", "bm": "┴", "br": "┘", "h": "─", "v": "│"}
HEAVYHEAD = dict(LIGHT)
ASCII = {"tl": "+", "tm": "+", "tr": "+", "ml": "+", "mm": "+", "mr": "+",
         "bl": "+", "bm": "+", "br": "+", "h": "-", "v": "|"}


def _rule(ch, widths, left, mid, right):
    return left + mid.join(ch["h"] * (w + 2) for w in widths) + right


def box(rows, widths, style="light", sep_every=True, header=1, indent=""):
    ch = ASCII if style == "ascii" else LIGHT
    out = [indent + _rule(ch, widths, ch["tl"], ch["tm"], ch["tr"])]
    for ri, row in enumerate(rows):
        cells = [str(c).split("\n") for c in row]
        if len(cells) != len(widths):
            raise ValueError("row %d has %d cells, expected %d" % (ri, len(cells), len(widths)))
        height = max(len(c) for c in cells)
        for li in range(height):
            parts = []
            for ci, w in enumerate(widths):
                txt = cells[ci][li] if li < len(cells[ci]) else ""
                if len(txt) > w:
                    raise ValueError("cell text too wide (%d > %d): %r" % (len(txt), w, txt))
                parts.append(" " + txt.ljust(w) + " ")
            out.append(indent + ch["v"] + ch["v"].join(parts) + ch["v"])
        last = ri == len(rows) - 1
        if not last and (sep_every or ri < header):
            out.append(indent + _rule(ch, widths, ch["ml"], ch["mm"], ch["mr"]))
    out.append(indent + _rule(ch, widths, ch["bl"], ch["bm"], ch["br"]))
    return "\n".join(out)


if __name__ == "__main__":
    print(box([["Item", "Value"], ["Product lot\nnumber", "C2N6H94"], ["Start /\nstop", "09:58 /\n10:41"]], [12, 10]))
    print(box([["a", "b"], ["c\nd", "e"]], [4, 4], style="ascii"))
