namespace CobBot.Recognition.Offline;

/// <summary>The ML.NET output row: one probability per intent, in the model's label order.</summary>
internal sealed class IntentScoresRow
{
    public float[] Score { get; set; } = [];
}
