using System.Text.Json.Nodes;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs;

/// <summary>The texts a reply offers for recognition.</summary>
internal static class PromptInput
{
    /// <summary>The message text, then what a card or button submitted in <see cref="Activity.Value"/> (a value, or an object's top-level values).</summary>
    public static IEnumerable<string> Texts(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text)) yield return activity.Text;
        switch (activity.Value)
        {
            case JsonValue value:
                yield return value.ToString();
                break;
            case JsonObject submitted:
                foreach (var (_, node) in submitted)
                {
                    if (node is JsonValue field) yield return field.ToString();
                }
                break;
        }
    }
}
