using System.Text.Json;
using System.Text.Json.Nodes;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Teams;

/// <summary>Teams helpers on <see cref="Activity"/>.</summary>
public static class TeamsActivityExtensions
{
    /// <summary>The typed Teams <c>channelData</c>, or null when absent or not an object.</summary>
    public static TeamsChannelData? GetTeamsChannelData(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not JsonObject channelData) return null;
        try
        {
            return channelData.Deserialize<TeamsChannelData>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Removes the bot's own @mention from <see cref="Activity.Text"/> (as the SDK does): for every
    /// <c>mention</c> entity whose <c>mentioned.id</c> is the recipient, every case-insensitive occurrence of
    /// its <c>text</c> (or <c>&lt;at&gt;name&lt;/at&gt;</c>) is removed, then the text is trimmed. Returns the new text.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var recipientId = activity.Recipient?.Id;
        if (activity.Text is null || recipientId is null || activity.Entities is null) return activity.Text;

        foreach (var entity in activity.Entities.Where(e => e.Type == "mention"))
        {
            var mention = entity as Mention ?? entity.GetAs<Mention>();
            if (mention.Mentioned?.Id != recipientId) continue;
            var markup = mention.Text ?? (mention.Mentioned.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(markup))
                activity.Text = activity.Text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        }
        return activity.Text;
    }
}
