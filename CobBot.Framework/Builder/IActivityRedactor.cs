using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>Removes PHI from an activity before it is written to a transcript or log.</summary>
public interface IActivityRedactor
{
    /// <summary>Redacts <paramref name="activity"/> in place; it is a private copy, never the activity the bot or channel uses.</summary>
    void Redact(Activity activity);
}
