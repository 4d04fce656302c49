using CobBot.Scheduling;

namespace CobBot.Recognition.Entities;

/// <summary>
/// Finds appointment confirmation codes in the format <see cref="ConfirmationCode"/> defines (<c>COB-</c> plus six
/// characters without the look-alikes I, O, 0 and 1). Lower case and a missing dash are accepted; the value is
/// normalised to <c>COB-7K3M9Q</c>.
/// </summary>
public sealed class ConfirmationCodeExtractor
{
    /// <summary>Every confirmation code in <paramref name="text"/>, normalised.</summary>
    public IEnumerable<EntityMatch<string>> Matches(string text) =>
        ConfirmationCode.Find(text).Select(m => new EntityMatch<string>(m.Index, m.Length, m.Code));

    /// <summary>Normalises <paramref name="candidate"/> if it is exactly one well-formed code, otherwise null.</summary>
    public string? Normalize(string? candidate) => ConfirmationCode.Normalize(candidate);
}
