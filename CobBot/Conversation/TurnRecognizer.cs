using CobBot.Company;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Recognition;
using Microsoft.Extensions.Options;

namespace CobBot.Conversation;

/// <summary>
/// Recognizes a turn's message once, before the flows see it: the root dialog calls <see cref="RecognizeAsync"/>, which
/// runs the <see cref="IRecognizer"/>, keeps the result in the turn state for everyone after it (interruption checks,
/// routing, analytics, the chat API's <c>intent</c>; see <see cref="Recognized"/>) and remembers the entities in
/// <see cref="ConversationMemory"/>.
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
    /// Recognizes the turn's message and remembers its entities; null when the activity is not a message with text. A
    /// turn is recognized at most once: a second call returns the first result.
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
