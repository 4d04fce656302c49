namespace CobBot.Recognition.Offline;

/// <summary>The ML.NET input row: an utterance and, when training, its intent.</summary>
internal sealed class UtteranceRow
{
    public string Text { get; set; } = "";

    public string Intent { get; set; } = "";
}
