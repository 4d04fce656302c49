using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace CobBot.Knowledge.Embeddings;

/// <summary>What a section's vector is computed from, its fingerprint, and the vector's storage form.</summary>
public static class SectionEmbedding
{
    /// <summary>
    /// The text embedded for a section: article title, heading, text and the article's tags, so a short section keeps
    /// its topic and the words customers use for it.
    /// </summary>
    public static string Text(string title, string heading, string text, string tags) =>
        $"{(heading.Length == 0 ? title : $"{title}: {heading}")}. {text} ({tags})";

    /// <summary>SHA-256 (hex) of the model id and the embedded text: equal fingerprints mean an up-to-date vector.</summary>
    public static string Fingerprint(string modelId, string embeddedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{modelId}\n{embeddedText}")));

    /// <summary>The vector as stored in the database.</summary>
    public static byte[] ToBytes(ReadOnlySpan<float> vector) => MemoryMarshal.AsBytes(vector).ToArray();

    /// <summary>The vector read back from <see cref="ToBytes"/>.</summary>
    public static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
