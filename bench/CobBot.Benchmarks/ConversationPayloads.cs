using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace CobBot.Benchmarks;

/// <summary>
/// The seven inbound activities of the load driver's booking conversation (same shape and texts as
/// <c>driver.js</c>), as UTF-8 templates whose conversation number is rewritten in place, so producing
/// the next conversation's requests allocates nothing and costs next to nothing.
/// </summary>
internal sealed class ConversationPayloads
{
    private const string Marker = "##########";
    private static readonly StandardFormat Digits = new('D', 10);
    private static readonly string[] Texts = ["hi", "book", $"Patient {Marker}", $"patient{Marker}@example.com", "1", "2025-07-01", "yes"];

    private readonly byte[][] _templates;
    private readonly int[][] _markerOffsets;

    public ConversationPayloads()
    {
        _templates = new byte[Texts.Length][];
        _markerOffsets = new int[Texts.Length][];
        for (var turn = 0; turn < Texts.Length; turn++)
        {
            _templates[turn] = Encoding.UTF8.GetBytes(Activity(turn));
            _markerOffsets[turn] = Offsets(_templates[turn]);
        }
    }

    /// <summary>Turns per conversation.</summary>
    public const int TurnCount = 7;

    /// <summary>Rewrites every template for conversation <paramref name="conversation"/> (new conversation, user and activity ids).</summary>
    public void SetConversation(long conversation)
    {
        for (var turn = 0; turn < _templates.Length; turn++)
        {
            foreach (var offset in _markerOffsets[turn])
                Utf8Formatter.TryFormat(conversation, _templates[turn].AsSpan(offset, Marker.Length), out _, Digits);
        }
    }

    /// <summary>The JSON body of turn <paramref name="turn"/> of the current conversation.</summary>
    public byte[] Turn(int turn) => _templates[turn];

    private static string Activity(int turn) =>
        $$"""
        {"type":"message","id":"{{Marker}}-{{turn}}","timestamp":"2025-06-01T12:00:00.000Z","channelId":"emulator","serviceUrl":"http://127.0.0.1:1",
        "from":{"id":"user-{{Marker}}","name":"Patient {{Marker}}","role":"user"},"recipient":{"id":"bot","name":"bot","role":"bot"},
        "conversation":{"id":"perf-{{Marker}}"},"locale":"en-US","textFormat":"plain","text":"{{Texts[turn]}}","deliveryMode":"expectReplies"}
        """;

    private static int[] Offsets(byte[] template)
    {
        var marker = Encoding.ASCII.GetBytes(Marker);
        var offsets = new List<int>();
        for (var at = template.AsSpan().IndexOf(marker); at >= 0;)
        {
            offsets.Add(at);
            var next = template.AsSpan(at + marker.Length).IndexOf(marker);
            at = next < 0 ? -1 : at + marker.Length + next;
        }
        return [.. offsets];
    }
}
