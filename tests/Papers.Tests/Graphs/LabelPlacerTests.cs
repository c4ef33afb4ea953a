using Papers.Graphs.Export;

namespace Papers.Tests.Graphs;

/// <summary>The rules of label placement, without a browser: no overlaps, inside the area, off reserved boxes, best first.</summary>
public class LabelPlacerTests
{
    private static readonly Rect Area = new(0, 100, 600, 400);

    [Fact]
    public void Placed_labels_never_overlap_each_other_the_reserved_boxes_or_the_area_edge()
    {
        var random = new Random(5);
        var nodes = Enumerable.Range(0, 80).Select(_ => (X: 20 + (random.NextDouble() * 560), Y: 120 + (random.NextDouble() * 360), Radius: 6.0)).ToList();
        var reserved = nodes.Select(n => new Rect(n.X - n.Radius, n.Y - n.Radius, 2 * n.Radius, 2 * n.Radius)).ToList();

        var placed = LabelPlacer.Place(Enumerable.Range(0, nodes.Count).ToList(), i => nodes[i], i => "label number " + i, Area, reserved);

        placed.Should().NotBeEmpty();
        var boxes = placed.Select(p => Box(p, ("label number " + p.Node).Length)).ToList();
        boxes.Should().OnlyContain(b => Area.Contains(b));
        for (int a = 0; a < boxes.Count; a++)
        {
            reserved.Should().NotContain(r => r.Intersects(boxes[a]), $"label {placed[a].Node} keeps off every node");
            for (int b = a + 1; b < boxes.Count; b++)
            {
                boxes[a].Intersects(boxes[b]).Should().BeFalse($"labels {placed[a].Node} and {placed[b].Node}");
            }
        }
    }

    [Fact]
    public void The_first_in_order_wins_a_contested_spot_and_the_other_moves_or_waits_for_hover()
    {
        // Two nodes side by side: the second's label can take no spot the first's does not already cover.
        var nodes = new[] { (X: 300.0, Y: 300.0, Radius: 5.0), (X: 302.0, Y: 300.0, Radius: 5.0) };

        var placed = LabelPlacer.Place([1, 0], i => nodes[i], _ => "a long label of both", Area, []);

        placed[0].Node.Should().Be(1, "the order given is the order of importance");
        placed[0].Anchor.Should().Be("start", "the first choice is the right of the node");
        placed.Select(p => Box(p, "a long label of both".Length)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_label_with_no_room_is_left_out()
    {
        var placed = LabelPlacer.Place([0], _ => (5.0, 105.0, 4.0), _ => new string('x', 200), Area, []);

        placed.Should().BeEmpty("no side of the node has room for 200 characters inside the area");
    }

    // The box a placement stands for, rebuilt from its anchor the way the placer measures text.
    private static Rect Box(LabelPlacer.Placement p, int characters)
    {
        double width = characters * LabelPlacer.CharWidth;
        double height = LabelPlacer.FontSize + 4;
        double left = p.Anchor switch { "start" => p.X, "end" => p.X - width, _ => p.X - (width / 2) };
        double top = p.Y - LabelPlacer.FontSize;
        return new Rect(left, top, width, height);
    }
}
