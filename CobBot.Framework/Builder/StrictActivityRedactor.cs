using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>
/// The default <see cref="IActivityRedactor"/>: keeps only the shape of an activity (type, ids, channel,
/// roles, attachment content types) and removes everything a person could have typed or that names
/// them — text, speech, values, card content, entities, channel data and display names. Register a
/// smarter redactor (for example one that masks recognised entities) to keep more.
/// </summary>
public sealed class StrictActivityRedactor : IActivityRedactor
{
    private const string RedactedText = "[redacted]";

    /// <inheritdoc/>
    public void Redact(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Text = Mask(activity.Text);
        activity.Speak = Mask(activity.Speak);
        activity.Summary = Mask(activity.Summary);
        activity.TopicName = Mask(activity.TopicName);
        activity.Label = Mask(activity.Label);
        activity.Value = null;
        activity.ChannelData = null;
        activity.Entities = null;
        activity.SuggestedActions = null;
        activity.SemanticAction = null;
        activity.TextHighlights = null;
        activity.ListenFor = null;
        activity.RelatesTo = null;
        activity.Properties = null;
        activity.Attachments = activity.Attachments?.Select(a => new Attachment { ContentType = a.ContentType }).ToList();
        Anonymise(activity.From);
        Anonymise(activity.Recipient);
        foreach (var member in activity.MembersAdded ?? []) Anonymise(member);
        foreach (var member in activity.MembersRemoved ?? []) Anonymise(member);
        if (activity.Conversation is { } conversation)
        {
            conversation.Name = null;
            conversation.Properties = null;
        }
    }

    private static string? Mask(string? text) => string.IsNullOrEmpty(text) ? text : RedactedText;

    private static void Anonymise(ChannelAccount? account)
    {
        if (account is null) return;
        account.Name = null;
        account.AadObjectId = null;
        account.Properties = null;
    }
}
