namespace CobBot.Framework.Schema;

/// <summary>Well-known values of <see cref="Activity.ChannelId"/>.</summary>
public static class Channels
{
    /// <summary>Microsoft Teams.</summary>
    public const string Msteams = "msteams";
    /// <summary>Direct Line (a self-hosted or Azure Direct Line).</summary>
    public const string Directline = "directline";
    /// <summary>Azure's Web Chat channel.</summary>
    public const string Webchat = "webchat";
    /// <summary>The Bot Framework Emulator.</summary>
    public const string Emulator = "emulator";
    /// <summary>Tests.</summary>
    public const string Test = "test";
}
