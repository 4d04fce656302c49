using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>Creates an empty conversation account.</summary>
    public ConversationAccount() { }

    /// <summary>Creates a conversation account with an id.</summary>
    public ConversationAccount(string id) => Id = id;

    /// <summary>The conversation id; required on every activity.</summary>
    public string? Id { get; set; }
    /// <summary>Display name.</summary>
    public string? Name { get; set; }
    /// <summary>True when the conversation has more than two participants.</summary>
    public bool? IsGroup { get; set; }
    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }
    /// <summary>The tenant the conversation belongs to.</summary>
    public string? TenantId { get; set; }
    /// <summary>Azure AD object id.</summary>
    public string? AadObjectId { get; set; }
    /// <summary>Role of the entity behind the account.</summary>
    public string? Role { get; set; }
    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
