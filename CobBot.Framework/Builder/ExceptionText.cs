using System.Text;

namespace CobBot.Framework.Builder;

/// <summary>Describes exceptions for logs without their messages, which can quote user input (PHI).</summary>
internal static class ExceptionText
{
    /// <summary>The type and stack trace of the exception and each inner exception.</summary>
    public static string Describe(Exception exception)
    {
        var text = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (text.Length > 0) text.AppendLine().Append("---> ");
            text.Append(current.GetType().FullName).AppendLine().Append(current.StackTrace);
        }
        return text.ToString();
    }
}
