using CobBot.Handoff.Persistence;
using CobBot.Privacy;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff;

/// <summary>Writes the PHI-redacted summary agents see in the queue: the reason and the customer's last messages.</summary>
public sealed class EscalationSummarizer(ConversationTranscript transcript, PhiRedactor redactor, IOptions<HandoffOptions> options)
{
    private const int MaxQuoteLength = 300;
    private const int ScanWindow = 20;

    /// <summary>E.g. <c>billing dispute. Customer: "I was charged twice, my email is [EMAIL]"</c>.</summary>
    public async Task<string> SummarizeAsync(string conversationKey, EscalationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recent = await transcript.ReadAsync(conversationKey, ScanWindow, cancellationToken);
        var quotes = recent.Where(m => m.Role == TranscriptRole.Customer)
            .TakeLast(options.Value.SummaryMessageCount)
            .Select(m => $"\"{Shorten(redactor.Redact(m.Text))}\"")
            .ToList();
        var reason = char.ToUpperInvariant(request.Describe()[0]) + request.Describe()[1..];
        return quotes.Count == 0 ? $"{reason}." : $"{reason}. Customer: {string.Join(" / ", quotes)}";
    }

    private static string Shorten(string text) => text.Length <= MaxQuoteLength ? text : text[..MaxQuoteLength] + "…";
}
