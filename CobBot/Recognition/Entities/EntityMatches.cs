namespace CobBot.Recognition.Entities;

/// <summary>Helpers over sets of <see cref="EntityMatch{T}"/>.</summary>
public static class EntityMatches
{
    /// <summary>
    /// Orders matches by position and drops any that overlap an earlier kept one; at the same start the longer
    /// match wins, then the earlier one in <paramref name="matches"/> (so callers list stronger patterns first).
    /// </summary>
    public static IReadOnlyList<EntityMatch<T>> NonOverlapping<T>(IEnumerable<EntityMatch<T>> matches)
    {
        var kept = new List<EntityMatch<T>>();
        foreach (var match in matches.Select((m, order) => (m, order))
                     .OrderBy(x => x.m.Index).ThenByDescending(x => x.m.Length).ThenBy(x => x.order)
                     .Select(x => x.m))
        {
            if (kept.Count == 0 || match.Index >= kept[^1].End)
            {
                kept.Add(match);
            }
        }
        return kept;
    }

    /// <summary>Replaces the spans of <paramref name="matches"/> in <paramref name="text"/> with spaces, keeping every other index stable.</summary>
    public static string Blank<T>(string text, IEnumerable<EntityMatch<T>> matches)
    {
        var chars = text.ToCharArray();
        foreach (var match in matches)
        {
            Array.Fill(chars, ' ', match.Index, match.Length);
        }
        return new string(chars);
    }
}
