namespace CobBot.Framework.Hosting;

/// <summary>Releasing a saved turn's replies failed; <see cref="Undelivered"/> are the calls not made, the failed one first.</summary>
internal sealed class TurnDeliveryException(IReadOnlyList<HeldOperation> undelivered, Exception innerException)
    : Exception("The turn's state was saved but its replies could not all be delivered.", innerException)
{
    /// <summary>The held calls that were not made, in order.</summary>
    public IReadOnlyList<HeldOperation> Undelivered { get; } = undelivered;
}
