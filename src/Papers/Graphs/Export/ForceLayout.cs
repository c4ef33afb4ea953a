using System;

namespace Papers.Graphs.Export;

/// <summary>
/// Fruchterman–Reingold force-directed layout: edges pull, all nodes push, the temperature cools. Starts from
/// communities placed on a circle (so they come out as clusters) with a fixed seed: the same graph always gets
/// the same picture.
/// </summary>
internal static class ForceLayout
{
    /// <summary>Node positions inside <paramref name="area"/>, at least <paramref name="inset"/> from its edges.</summary>
    public static (double X, double Y)[] Compute(PaperGraph graph, Rect area, double inset, int iterations = 300)
    {
        double width = area.Width;
        double height = area.Height;
        int n = graph.Nodes.Count;
        var x = new double[n];
        var y = new double[n];
        var random = new Random(12345);
        int communities = Math.Max(1, graph.Analysis.Communities.Count);
        for (int i = 0; i < n; i++)
        {
            double angle = 2 * Math.PI * graph.Analysis.Community[i] / communities;
            x[i] = (width / 2) + (Math.Cos(angle) * width / 4) + ((random.NextDouble() - 0.5) * width / 8);
            y[i] = (height / 2) + (Math.Sin(angle) * height / 4) + ((random.NextDouble() - 0.5) * height / 8);
        }

        double k = Math.Sqrt(width * height / Math.Max(1, n)) * 0.8;
        double temperature = width / 10;
        var dx = new double[n];
        var dy = new double[n];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(dx, 0, n);
            Array.Clear(dy, 0, n);
            for (int a = 0; a < n; a++)
            {
                for (int b = a + 1; b < n; b++)
                {
                    double ex = x[a] - x[b];
                    double ey = y[a] - y[b];
                    double distance = Math.Max(0.01, Math.Sqrt((ex * ex) + (ey * ey)));
                    double force = k * k / distance;
                    dx[a] += ex / distance * force;
                    dy[a] += ey / distance * force;
                    dx[b] -= ex / distance * force;
                    dy[b] -= ey / distance * force;
                }
            }

            foreach (GraphEdge edge in graph.Edges)
            {
                double ex = x[edge.Source] - x[edge.Target];
                double ey = y[edge.Source] - y[edge.Target];
                double distance = Math.Max(0.01, Math.Sqrt((ex * ex) + (ey * ey)));
                double force = distance * distance / k * (0.5 + edge.Weight);
                dx[edge.Source] -= ex / distance * force;
                dy[edge.Source] -= ey / distance * force;
                dx[edge.Target] += ex / distance * force;
                dy[edge.Target] += ey / distance * force;
            }

            for (int i = 0; i < n; i++)
            {
                // A weak pull to the centre keeps disconnected parts on the canvas.
                dx[i] += ((width / 2) - x[i]) * 0.02 * k / 10;
                dy[i] += ((height / 2) - y[i]) * 0.02 * k / 10;
                double length = Math.Max(0.01, Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i])));
                double step = Math.Min(length, temperature);
                x[i] += dx[i] / length * step;
                y[i] += dy[i] / length * step;
            }

            temperature *= 0.985;
        }

        return Fit(x, y, area, inset);
    }

    // Scale the layout into the area, nodes at least the inset from its edges.
    private static (double, double)[] Fit(double[] x, double[] y, Rect area, double inset)
    {
        int n = x.Length;
        var result = new (double, double)[n];
        if (n == 0)
        {
            return result;
        }

        // Scale by the middle 96 % of the nodes, so one far-flung loner does not shrink the rest into a corner;
        // the loners are then pulled in to the area's edge.
        var (minX, maxX) = Range(x);
        var (minY, maxY) = Range(y);
        double sx = maxX - minX < 1 ? 0 : (area.Width - (2 * inset)) / (maxX - minX);
        double sy = maxY - minY < 1 ? 0 : (area.Height - (2 * inset)) / (maxY - minY);
        for (int i = 0; i < n; i++)
        {
            result[i] = (
                sx == 0 ? area.Left + (area.Width / 2) : Math.Clamp(area.Left + inset + ((x[i] - minX) * sx), area.Left + inset, area.Right - inset),
                sy == 0 ? area.Top + (area.Height / 2) : Math.Clamp(area.Top + inset + ((y[i] - minY) * sy), area.Top + inset, area.Bottom - inset));
        }

        return result;
    }

    private static (double Min, double Max) Range(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int cut = sorted.Length >= 50 ? sorted.Length / 50 : 0;
        return (sorted[cut], sorted[sorted.Length - 1 - cut]);
    }
}
