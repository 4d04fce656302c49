namespace CobBot.Recognition.Offline;

/// <summary>Precision, recall and F1 of one intent on an evaluation set.</summary>
/// <param name="Intent">The intent.</param>
/// <param name="Precision">Of the utterances predicted as this intent, the share that were.</param>
/// <param name="Recall">Of the utterances labelled with this intent, the share predicted as it.</param>
/// <param name="F1">The harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Support">How many utterances are labelled with this intent.</param>
public sealed record IntentMetrics(string Intent, double Precision, double Recall, double F1, int Support);
