namespace CobBot.Recognition.Entities;

/// <summary>
/// The local <see cref="IEntityExtractor"/>: runs the focused extractors in an order where each one's span is
/// blanked before the next looks (an email or a phone number never becomes a date, a date never a time).
/// </summary>
public sealed class EntityExtractor(
    TimeProvider timeProvider,
    EmailExtractor emails,
    PhoneExtractor phones,
    ConfirmationCodeExtractor codes,
    DateExtractor dates,
    TimeExtractor times,
    ServiceTypeExtractor serviceTypes,
    PersonNameExtractor names) : IEntityExtractor
{
    /// <inheritdoc />
    public RecognizedEntities Extract(string text, TimeZoneInfo timeZone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), timeZone).DateTime);

        var email = emails.Matches(text).ToList();
        var rest = EntityMatches.Blank(text, email);
        var code = codes.Matches(rest).ToList();
        rest = EntityMatches.Blank(rest, code);
        var phone = phones.Matches(rest).ToList();
        rest = EntityMatches.Blank(rest, phone);
        var date = dates.Matches(rest, today);
        var afterDates = EntityMatches.Blank(rest, date);

        return new RecognizedEntities
        {
            Email = email.FirstOrDefault().Value,
            ConfirmationCode = code.FirstOrDefault().Value,
            Phone = phone.FirstOrDefault().Value,
            Date = date.Count > 0 ? date[0].Value : null,
            Time = times.Matches(afterDates) is [var time, ..] ? time.Value : null,
            ServiceType = serviceTypes.Find(rest),
            PersonName = names.Matches(rest).FirstOrDefault().Value,
        };
    }
}
