using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CobBot.Cards;

/// <summary>
/// An Adaptive Card template embedded under <c>Cards/</c>, filled by data binding (the subset of Adaptive Cards
/// Templating CobBot's cards use): <c>"${path}"</c> takes the bound value with its JSON type, <c>${path}</c> inside
/// longer text is replaced by the value's text, and an array item with <c>"$data": "${path}"</c> is repeated once per
/// element of that array with the element as its scope. Paths are dotted property names; <c>$root.</c> starts from
/// the data's root. A path that is not in the data is an error: card templates and their data are both ours.
/// </summary>
public sealed partial class AdaptiveCardTemplate
{
    private readonly JsonObject _template;

    private AdaptiveCardTemplate(JsonObject template) => _template = template;

    /// <summary>Loads <c>Cards/{name}.json</c> from the app assembly.</summary>
    public static AdaptiveCardTemplate Load(string name)
    {
        var resource = $"CobBot.Cards.{name}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The card template '{resource}' is not embedded in the app.");
        return new AdaptiveCardTemplate(JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidOperationException($"The card template '{resource}' is empty."));
    }

    /// <summary>A new card with every binding in the template replaced from <paramref name="data"/>.</summary>
    public JsonObject Expand(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return (JsonObject)Bind(_template, data, data)!;
    }

    private static JsonNode? Bind(JsonNode? node, JsonNode scope, JsonObject root) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Bind(p.Value, scope, root)))),
        JsonArray array => new JsonArray([.. array.SelectMany(item => Repeat(item, scope, root))]),
        JsonValue value when value.TryGetValue<string>(out var text) => BindText(text, scope, root),
        _ => node?.DeepClone(),
    };

    private static IEnumerable<JsonNode?> Repeat(JsonNode? item, JsonNode scope, JsonObject root)
    {
        if (item is not JsonObject obj || !obj.TryGetPropertyValue("$data", out var binding))
            return [Bind(item, scope, root)];

        var items = BindText(binding!.GetValue<string>(), scope, root) as JsonArray
            ?? throw new InvalidOperationException($"\"$data\": {binding.ToJsonString()} must bind to an array.");
        var template = new JsonObject(obj.Where(p => p.Key != "$data").Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        return items.Select(element => Bind(template, element ?? throw new InvalidOperationException("A \"$data\" element is null."), root));
    }

    private static JsonNode? BindText(string text, JsonNode scope, JsonObject root)
    {
        var whole = Expression().Match(text);
        if (whole.Success && whole.Length == text.Length) return Resolve(whole.Groups["path"].Value, scope, root)?.DeepClone();

        return JsonValue.Create(Expression().Replace(text, m => Resolve(m.Groups["path"].Value, scope, root) switch
        {
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            { } other => other.ToJsonString(),
            null => "",
        }));
    }

    private static JsonNode? Resolve(string path, JsonNode scope, JsonObject root)
    {
        var segments = path.Split('.');
        var current = segments[0] == "$root" ? root : scope;
        foreach (var segment in segments.SkipWhile(s => s == "$root"))
        {
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(segment, out var next))
                throw new InvalidOperationException($"The card data has no value for '${{{path}}}'.");
            current = next!;
        }
        return current;
    }

    [GeneratedRegex(@"\$\{(?<path>\$?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)\}")]
    private static partial Regex Expression();
}
