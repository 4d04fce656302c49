namespace CobBot.Recognition.Entities;

/// <summary>A value found in a text, with the span it was read from.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Index">Start of the span in the scanned text.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Value">The normalised value.</param>
public readonly record struct EntityMatch<T>(int Index, int Length, T Value)
{
    /// <summary>End of the span (exclusive).</summary>
    public int End => Index + Length;
}
