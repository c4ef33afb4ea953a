using System;
using System.Collections.Generic;

namespace Papers.Graphs.Export;

/// <summary>
/// Places node labels so that none overlaps another, a reserved box (the nodes) or the edge of its area: each
/// label, most important first, takes the first free spot of right, left, above, below and the four corners of its node, or is left
/// out (the page shows it on hover). Widths are estimated generously from the character count, since the
/// picture is drawn without knowing the viewer's font; the HTML page checks them again with the real ones.
/// </summary>
internal static class LabelPlacer
{
    public const double FontSize = 12;

    // Wider than the average sans-serif letter at 12 px (DejaVu Sans averages ~7 px, most UI fonts less).
    public const double CharWidth = 7.6;
    private const double Gap = 3;

    /// <summary>A placed label: where its text starts (x, baseline y) and how it is anchored.</summary>
    public readonly record struct Placement(int Node, double X, double Y, string Anchor);

    public static List<Placement> Place(
        IReadOnlyList<int> order,
        Func<int, (double X, double Y, double Radius)> node,
        Func<int, string> label,
        Rect bounds,
        IReadOnlyList<Rect> reserved)
    {
        var taken = new List<Rect>(reserved);
        var placed = new List<Placement>();
        foreach (int i in order)
        {
            var (x, y, r) = node(i);
            double width = label(i).Length * CharWidth;
            double height = FontSize + 4;
            foreach (var (left, top, anchor, textX, baseline) in new[]
            {
                (x + r + Gap, y - (height / 2), "start", x + r + Gap, y + 4),
                (x - r - Gap - width, y - (height / 2), "end", x - r - Gap, y + 4),
                (x - (width / 2), y - r - Gap - height, "middle", x, y - r - Gap - 4),
                (x - (width / 2), y + r + Gap, "middle", x, y + r + Gap + FontSize),
                (x + r, y - r - height, "start", x + r, y - r - 4),
                (x + r, y + r, "start", x + r, y + r + FontSize),
                (x - r - width, y - r - height, "end", x - r, y - r - 4),
                (x - r - width, y + r, "end", x - r, y + r + FontSize),
            })
            {
                var box = new Rect(left, top, width, height);
                if (bounds.Contains(box) && !taken.Exists(t => t.Intersects(box)))
                {
                    taken.Add(box);
                    placed.Add(new Placement(i, textX, baseline, anchor));
                    break;
                }
            }
        }

        return placed;
    }
}
