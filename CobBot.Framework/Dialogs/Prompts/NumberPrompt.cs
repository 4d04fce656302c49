using System.Globalization;
using System.Numerics;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs.Choices;

namespace CobBot.Framework.Dialogs;

/// <summary>Asks for a number of type <typeparamref name="T"/> (int, long, decimal, double, …).</summary>
/// <remarks>
/// Reads digits with the separators of the message's locale (else <see cref="DefaultLocale"/>, else en-US), so
/// "1,200" is 1200 and "3.5" is 3.5, and English number words ("three", "twenty-one"). A fraction is not
/// recognised for an integer type, nor a value out of the type's range.
/// </remarks>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
    : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    private const string FallbackLocale = "en-US";

    // Integer types drop the fraction of 0.5; floating-point and decimal types keep it.
    private static readonly bool IsIntegral = T.CreateTruncating(0.5m) == T.Zero;

    /// <summary>The locale used when the message has none.</summary>
    public string? DefaultLocale { get; set; } = defaultLocale;

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var culture = GetCulture(turnContext.Activity.Locale ?? DefaultLocale ?? FallbackLocale);
        foreach (var text in PromptInput.Texts(turnContext.Activity))
        {
            if (NumberRecognizer.RecognizeNumber(text, culture) is { } number && TryConvert(number, out var value))
                return Task.FromResult(new PromptRecognizerResult<T>(true, value));
        }
        return Task.FromResult(new PromptRecognizerResult<T>(false));
    }

    private static bool TryConvert(decimal number, out T value)
    {
        value = default;
        if (IsIntegral && number != decimal.Truncate(number)) return false;
        try
        {
            value = T.CreateChecked(number);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static CultureInfo GetCulture(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo(FallbackLocale);
        }
    }
}
