using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Testing;

/// <summary>
/// Middleware that writes the conversation to a line sink, e.g. xunit's <c>ITestOutputHelper.WriteLine</c>:
/// <c>new DialogTestLogger(output.WriteLine)</c>. Replies show their suggested actions and attachments.
/// </summary>
public sealed class DialogTestLogger(Action<string> writeLine) : IMiddleware
{
    private readonly Action<string> _writeLine = writeLine ?? throw new ArgumentNullException(nameof(writeLine));

    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        _writeLine($"User: {Describe(turnContext.Activity)}");
        turnContext.OnSendActivities(async (ctx, activities, sendNext) =>
        {
            foreach (var activity in activities) _writeLine($"Bot:  {Describe(activity)}");
            return await sendNext().ConfigureAwait(false);
        });
        await next(cancellationToken).ConfigureAwait(false);
    }

    private static string Describe(Activity activity)
    {
        if (!activity.IsType(ActivityTypes.Message)) return $"[{activity.Type}{(activity.Name is null ? null : $" {activity.Name}")}]";
        var text = activity.Text?.Replace("\n", "\n      ", StringComparison.Ordinal) ?? string.Empty;
        if (activity.Value is not null) text += $" [value {activity.Value.ToJsonString()}]";
        if (activity.SuggestedActions?.Actions is { Count: > 0 } actions) text += $" [{string.Join(" | ", actions.Select(a => a.Title))}]";
        if (activity.Attachments is { Count: > 0 } attachments) text += $" [{attachments.Count} attachment(s): {string.Join(", ", attachments.Select(a => a.ContentType))}]";
        return text;
    }
}
