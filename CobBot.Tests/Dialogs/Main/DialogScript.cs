namespace CobBot.Tests.Dialogs.Main;

/// <summary>
/// One conversation for a dialog theory: what the customer says, and per message the replies expected (each reply must
/// contain its expected parts — separated by " … " — in order, and no more replies may follow).
/// </summary>
public sealed record DialogScript(string Name, IReadOnlyList<(string User, string[] Replies)> Turns)
{
    public override string ToString() => Name;
}
