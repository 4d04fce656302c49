using CobBot.Company;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Recognition;
using Microsoft.Extensions.Options;

namespace CobBot.Conversation;

/// <summary>
/// Recognizes a turn's message once: the first caller (routing, or an interruption check inside a dialog) runs the
/// <see cref="IRecognizer"/>, the result is kept in the turn state for everyone after it (analytics, the chat API's
/// <c>intent</c>), and the entities are remembered in <see cref="ConversationMemory"/>.
/// </summary>
public sealed class TurnRecognizer
{
    private readonly IRecognizer _recognizer;
    private readonly TimeZoneInfo _defaultTimeZone;

    /// <summary>Creates the turn recognizer.</summary>
    public TurnRecognizer(IRecognizer recognizer, ConversationState conversationState, IOptions<CompanyOptions> company)
    {
        _recognizer = recognizer;
        _defaultTimeZone = TimeZoneInfo.FindSystemTimeZoneById(company.Value.TimeZone);
        Memory = conversationState.CreateProperty<ConversationMemory>(ConversationMemory.PropertyName);
    }

    /// <summary>The conversation's <see cref="ConversationMemory"/>.</summary>
    public IStatePropertyAccessor<ConversationMemory> Memory { get; }

    /// <summary>The result already recognized this turn, or null.</summary>
    public static RecognizerResult? Recognized(ITurnContext turnContext) =>
        (turnContext ?? throw new ArgumentNullException(nameof(turnContext))).TurnState.Get<RecognizerResult>();

    /// <summary>
    /// The turn's recognition, running the recognizer on first use; null when the activity is not a message with text.
    /// </summary>
    public async Task<RecognizerResult?> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (Recognized(turnContext) is { } cached) return cached;
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || string.IsNullOrWhiteSpace(activity.Text)) return null;

        var result = await _recognizer.RecognizeAsync(activity.Text, TimeZoneOf(activity), cancellationToken);
        turnContext.TurnState.Set(result);
        var memory = await Memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        memory.Remember(result.Entities);
        return result;
    }

    /// <summary>The customer's time zone when the channel sends a known one (Web Chat does), else the business one (<see cref="CompanyOptions.TimeZone"/>).</summary>
    private TimeZoneInfo TimeZoneOf(Activity activity) =>
        activity.LocalTimezone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : _defaultTimeZone;
}
