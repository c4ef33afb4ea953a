namespace Papers.Naming;

/// <summary>
/// The words this thread made last, by their characters: titles share most of their words ("Learning", "Model"),
/// so naming a million papers makes each common word once rather than once per title. A fixed table of recent
/// words, one per hash slot: a miss only makes the string, as before.
/// </summary>
internal static class WordPool
{
    private const int Slots = 4096;

    [System.ThreadStatic]
    private static string?[]? _slots;

    /// <summary>The string of the first <paramref name="length"/> characters, shared when seen recently.</summary>
    public static string Get(char[] chars, int length)
    {
        string?[] slots = _slots ??= new string?[Slots];
        uint hash = 2166136261;
        for (int i = 0; i < length; i++)
        {
            hash = (hash ^ chars[i]) * 16777619;
        }

        ref string? slot = ref slots[hash & (Slots - 1)];
        if (slot is { } known && Same(known, chars, length))
        {
            return known;
        }

        return slot = new string(chars, 0, length);
    }

    private static bool Same(string known, char[] chars, int length)
    {
        if (known.Length != length)
        {
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            if (known[i] != chars[i])
            {
                return false;
            }
        }

        return true;
    }
}
