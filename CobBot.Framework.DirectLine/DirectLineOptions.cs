namespace CobBot.Framework.DirectLine;

/// <summary>
/// Settings of the self-hosted Direct Line 3.0 server (configuration section <c>DirectLine</c>).
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret: a master key for server-to-server calls that also signs tokens. Required outside
    /// Development; in Development a random one is generated at start when none is configured.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token lives; at least 30 minutes (Web Chat refreshes every 15).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a <c>streamUrl</c> may wait before the client opens it.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The bot's handle in Direct Line conversations (<c>recipient.id</c> of what the bot receives).</summary>
    public string BotId { get; set; } = "cobbot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "CobBot";

    /// <summary>
    /// The public base URL of this app, e.g. <c>https://chat.example.com</c>, used for <c>streamUrl</c>,
    /// upload <c>contentUrl</c>s and the bot's <c>serviceUrl</c>; when empty, taken from each request.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Origins allowed to call the client API from a browser; empty allows any origin (calls carry bearer tokens, not cookies).</summary>
    public IList<string> AllowedOrigins { get; set; } = [];

    /// <summary>The largest accepted activity, in characters of JSON (Azure: 256K).</summary>
    public int MaxActivityLength { get; set; } = 256 * 1024;

    /// <summary>The largest accepted upload, in bytes, all files together.</summary>
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// How often an open stream also looks in the database for activities it was not told about (written by
    /// another instance of the app).
    /// </summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a conversation is kept after its last activity; then it is deleted with its log and uploads, which
    /// hold what customers wrote. Checked at start and every <see cref="RetentionCheckInterval"/>.
    /// </summary>
    public TimeSpan ConversationRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often idle conversations are looked for.</summary>
    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
