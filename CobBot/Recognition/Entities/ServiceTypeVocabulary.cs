using System.Text.Json;

namespace CobBot.Recognition.Entities;

/// <summary>The service types the recognizers know, loaded from <c>Recognition/Resources/service-type-vocabulary.json</c>.</summary>
public sealed class ServiceTypeVocabulary
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Creates a vocabulary from explicit definitions.</summary>
    public ServiceTypeVocabulary(IReadOnlyList<ServiceTypeDefinition> serviceTypes) => ServiceTypes = serviceTypes;

    /// <summary>The service types, in data-file order.</summary>
    public IReadOnlyList<ServiceTypeDefinition> ServiceTypes { get; }

    /// <summary>The canonical name equal (ignoring case and surrounding spaces) to <paramref name="name"/>, or null.</summary>
    public string? FindCanonical(string? name) =>
        ServiceTypes.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))?.Name;

    /// <summary>Loads the vocabulary embedded in the app.</summary>
    public static ServiceTypeVocabulary LoadEmbedded()
    {
        using var stream = RecognitionData.OpenStream("service-type-vocabulary.json");
        var file = JsonSerializer.Deserialize<VocabularyFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The service-type vocabulary is empty.");
        return new ServiceTypeVocabulary(file.ServiceTypes);
    }

    private sealed record VocabularyFile(IReadOnlyList<ServiceTypeDefinition> ServiceTypes);
}
