using System.ComponentModel.DataAnnotations;

namespace CobBot.Company;

/// <summary>
/// The <c>Company</c> configuration section: who the customers talk to. Every message, email and invite that names the
/// company, gives a number to call or shows a business time reads it from here.
/// </summary>
public sealed class CompanyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Company";

    /// <summary>The company's name, used in emails and calendar invites.</summary>
    [Required]
    public string Name { get; set; } = "COB Company";

    /// <summary>The support line customers call, e.g. for changes the bot may not make.</summary>
    [Required]
    public string Phone { get; set; } = "(929) 229-7209";

    /// <summary>The number customers call for critical issues (24/7), given when no agent can take the conversation.</summary>
    [Required]
    public string EmergencyPhone { get; set; } = "(929) 229-7209";

    /// <summary>
    /// IANA zone of the business: support hours and the catalogue are read in it, times are shown in it when the
    /// customer's zone is unknown, and relative dates ("tomorrow at 3") resolve in it when the channel sends no zone.
    /// </summary>
    [Required]
    public string TimeZone { get; set; } = "America/New_York";
}
