using System.Text.Json.Serialization;

namespace CobBot.Handoff;

/// <summary>Why a conversation goes to a person.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EscalationReason>))]
public enum EscalationReason
{
    /// <summary>The customer asked for a person.</summary>
    CustomerRequest,
    /// <summary>The customer is clearly upset (sentiment below the threshold).</summary>
    NegativeSentiment,
    /// <summary>The bot did not understand, or could not answer from the knowledge base, several turns in a row.</summary>
    NotUnderstood,
    /// <summary>A topic the business routes to people: billing disputes, complaints, legal/compliance, a patient's data.</summary>
    BusinessTopic,
}
