namespace CobBot.Recognition.Offline;

/// <summary>A customer utterance with the intent it expresses.</summary>
/// <param name="Intent">One of <see cref="Intents"/>.</param>
/// <param name="Text">What the customer wrote.</param>
public sealed record LabelledUtterance(string Intent, string Text);
