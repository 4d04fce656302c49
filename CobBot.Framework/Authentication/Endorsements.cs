using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Framework.Authentication;

/// <summary>Reads the <c>endorsements</c> member the Bot Framework channel service puts on each of its JWKs.</summary>
internal static class Endorsements
{
    /// <summary>The channels <paramref name="key"/> is endorsed for; empty when it lists none.</summary>
    /// <remarks>IdentityModel keeps unknown JWK members in <see cref="JsonWebKey.AdditionalData"/> as <see cref="JsonElement"/>s.</remarks>
    public static IReadOnlyList<string> Read(JsonWebKey? key) =>
        key is not null
        && key.AdditionalData.TryGetValue(AuthenticationConstants.EndorsementsMember, out var value)
        && value is JsonElement { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
