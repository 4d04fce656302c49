using System.ComponentModel;
using System.Globalization;

namespace CobBot.Framework.Authentication;

/// <summary>
/// Reads <see cref="MicrosoftAppType"/> from configuration the SDK's way: case-insensitive, and
/// <see cref="MicrosoftAppType.MultiTenant"/> for an empty or unknown value (the Azure templates ship <c>""</c>).
/// </summary>
internal sealed class MicrosoftAppTypeConverter() : EnumConverter(typeof(MicrosoftAppType))
{
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text
            ? Enum.TryParse<MicrosoftAppType>(text.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type) ? type : MicrosoftAppType.MultiTenant
            : base.ConvertFrom(context, culture, value);
}
