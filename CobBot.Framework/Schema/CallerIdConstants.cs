namespace CobBot.Framework.Schema;

/// <summary>Values of <see cref="Activity.CallerId"/>, set from the validated token, never from the wire.</summary>
public static class CallerIdConstants
{
    /// <summary>The public Azure Bot Service cloud.</summary>
    public const string PublicAzureChannel = "urn:botframework:azure";
    /// <summary>The US Government Azure Bot Service cloud.</summary>
    public const string USGovChannel = "urn:botframework:azureusgov";
    /// <summary>Prefix for a bot-to-bot caller, followed by the calling app id.</summary>
    public const string BotToBotPrefix = "urn:botframework:aadappid:";
}
