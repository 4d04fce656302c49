using System.Security.Cryptography;

namespace CobBot.Scheduling;

/// <summary>
/// Confirmation codes: <c>COB-</c> and six random characters without the look-alikes I, O, 0 and 1
/// (32⁶ ≈ 10⁹ codes). Uniqueness is enforced by a unique index; a collision is retried with a new code.
/// </summary>
public static class ConfirmationCode
{
    /// <summary>The characters after the prefix: A–H, J–N, P–Z, 2–9.</summary>
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The fixed prefix.</summary>
    public const string Prefix = "COB-";

    /// <summary>Total length of a code, e.g. <c>COB-7K3M9Q</c>.</summary>
    public const int Length = 10;

    /// <summary>A new random code.</summary>
    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, Length - Prefix.Length);
}
