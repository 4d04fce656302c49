using System.Security.Claims;
using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Hosting;
using CobBot.Framework.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// The client side of the Direct Line server: starts conversations (one <c>conversationUpdate</c> adding the bot
/// and the user) and forwards what the client posts — stored first, so it is echoed with its id — to the bot,
/// in process through <see cref="CloudAdapter.ProcessActivityAsync"/>.
/// </summary>
internal sealed class DirectLineChannel(
    IDirectLineStore store,
    DirectLineStreams streams,
    CloudAdapter adapter,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime)
{
    private static readonly BotCaller InProcessCaller = new(new ClaimsIdentity("DirectLine"), CallerId: null, IsAuthenticated: true);

    private ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    /// <summary>Starts the conversation unless it exists; true when this call started it (and the bot was told).</summary>
    public async Task<bool> StartAsync(string conversationId, ChannelAccount? user, string serviceUrl, string? locale, IBot bot)
    {
        var conversation = new DirectLineConversation(conversationId, user?.Id, user?.Name, serviceUrl, timeProvider.GetUtcNow());
        if (!await store.TryCreateConversationAsync(conversation, lifetime.ApplicationStopping).ConfigureAwait(false)) return false;
        ChannelAccount[] members = user is null ? [Bot] : [Bot, User(user.Id!, user.Name)];
        await RunTurnAsync(MembersAdded(conversation, members, user, locale), bot).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Stores the client's activity (stamped for the channel) and runs the bot's turn on it; returns the assigned id,
    /// or null for typing, which only goes to the bot. A bot that fails throws <see cref="DirectLineBotException"/>.
    /// </summary>
    public async Task<string?> PostAsync(DirectLineConversation conversation, Activity activity, IBot bot)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        Stamp(conversation, activity);
        var from = activity.From!;
        if (conversation.UserId is null && await store.TrySetUserAsync(conversation.Id, from.Id!, from.Name, cancellationToken).ConfigureAwait(false))
            await RunTurnAsync(MembersAdded(conversation, [User(from.Id!, from.Name)], from, activity.Locale), bot).ConfigureAwait(false);
        if (activity.IsType(ActivityTypes.Typing))
        {
            await RunTurnAsync(activity, bot).ConfigureAwait(false);
            return null;
        }
        var stored = await store.AppendAsync(conversation.Id, activity, cancellationToken).ConfigureAwait(false);
        streams.NotifyAppended(conversation.Id, stored);
        await RunTurnAsync(stored.DeepClone(), bot).ConfigureAwait(false);
        return stored.Id;
    }

    private void Stamp(DirectLineConversation conversation, Activity activity)
    {
        activity.Id = null;
        activity.Timestamp = null;
        activity.CallerId = null;
        activity.ChannelId = Channels.Directline;
        activity.ServiceUrl = conversation.ServiceUrl;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.Recipient = Bot;
        activity.From ??= new ChannelAccount();
        activity.From.Role = RoleTypes.User;
    }

    private Activity MembersAdded(DirectLineConversation conversation, IList<ChannelAccount> members, ChannelAccount? from, string? locale) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        ChannelId = Channels.Directline,
        ServiceUrl = conversation.ServiceUrl,
        Conversation = new ConversationAccount(conversation.Id),
        From = from is null ? null : User(from.Id!, from.Name),
        Recipient = Bot,
        MembersAdded = members,
        Locale = locale,
        Timestamp = timeProvider.GetUtcNow(),
    };

    private static ChannelAccount User(string id, string? name) => new(id, name, RoleTypes.User);

    private async Task RunTurnAsync(Activity activity, IBot bot)
    {
        try
        {
            await adapter.ProcessActivityAsync(InProcessCaller, activity, bot.OnTurnAsync, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DirectLineBotException(ex);
        }
    }
}
