namespace CobBot.Framework.Schema;

/// <summary>Values of <see cref="ChannelAccount.Role"/>.</summary>
public static class RoleTypes
{
    /// <summary>A person.</summary>
    public const string User = "user";
    /// <summary>A bot.</summary>
    public const string Bot = "bot";
    /// <summary>A skill bot.</summary>
    public const string Skill = "skill";
}
