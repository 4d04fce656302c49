using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>A user or bot in a conversation.</summary>
public sealed class ChannelAccount
{
    /// <summary>Creates an empty account.</summary>
    public ChannelAccount() { }

    /// <summary>Creates an account with an id, and optionally a name and role.</summary>
    public ChannelAccount(string id, string? name = null, string? role = null) => (Id, Name, Role) = (id, name, role);

    /// <summary>The channel's stable id for this account; compared ordinally.</summary>
    public string? Id { get; set; }
    /// <summary>Display name.</summary>
    public string? Name { get; set; }
    /// <summary>The account's Azure AD object id.</summary>
    public string? AadObjectId { get; set; }
    /// <summary><c>user</c>, <c>bot</c> or <c>skill</c>.</summary>
    public string? Role { get; set; }
    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
