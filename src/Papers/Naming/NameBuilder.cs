using System;
using System.Text;

namespace Papers.Naming;

/// <summary>
/// One cleared <see cref="StringBuilder"/> per thread for building names: a catalog build names every paper, and
/// a new builder per name was most of what a million-paper load allocated for naming.
/// </summary>
internal static class NameBuilder
{
    [ThreadStatic]
    private static StringBuilder? _cached;

    /// <summary>The thread's builder, empty. Use it and call <c>ToString</c> before the next <see cref="Take"/>.</summary>
    public static StringBuilder Take()
    {
        StringBuilder builder = _cached ??= new StringBuilder(256);
        builder.Clear();
        return builder;
    }
}
