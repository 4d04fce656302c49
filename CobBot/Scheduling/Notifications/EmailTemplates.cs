using System.Net;
using System.Text.RegularExpressions;

namespace CobBot.Scheduling.Notifications;

/// <summary>
/// The email bodies embedded from <c>Scheduling/Notifications/Resources/</c>: <c>{kind}.html</c> and
/// <c>{kind}.txt</c> with <c>{{placeholder}}</c>s. Values are HTML-encoded for the HTML body.
/// </summary>
internal static partial class EmailTemplates
{
    /// <summary>The HTML and plain-text bodies of <paramref name="kind"/> filled with <paramref name="values"/>.</summary>
    public static (string Html, string Text) Render(AppointmentEmailKind kind, IReadOnlyDictionary<string, string> values)
    {
        var name = kind.ToString().ToLowerInvariant();
        var html = Fill(Read($"{name}.html"), values, v => WebUtility.HtmlEncode(v).Replace("\n", "<br>"));
        var text = Fill(Read($"{name}.txt"), values, v => v);
        return (html, text);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, Func<string, string> encode) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? encode(value)
            : throw new InvalidOperationException($"Email template placeholder '{m.Value}' has no value."));

    private static string Read(string fileName)
    {
        var resource = $"CobBot.Scheduling.Notifications.Resources.{fileName}";
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
