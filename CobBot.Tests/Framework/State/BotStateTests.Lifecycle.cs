using CobBot.Framework.State;

namespace CobBot.Tests.Framework.State;

/// <summary>Concurrent saves, clearing, deleting and keying.</summary>
public abstract partial class BotStateTests
{
    [Fact]
    public async Task A_save_after_another_instance_saved_conflicts_instead_of_overwriting()
    {
        var mine = new ConversationState(Storage);
        var theirs = new ConversationState(Storage);
        var setup = StateTestAdapter.Turn();
        await mine.CreateProperty<int>("count").SetAsync(setup, 1);
        await mine.SaveChangesAsync(setup);

        var myTurn = StateTestAdapter.Turn();
        var myCount = mine.CreateProperty<int>("count");
        Assert.Equal(1, await myCount.GetAsync(myTurn));

        var theirTurn = StateTestAdapter.Turn();
        await theirs.CreateProperty<int>("count").SetAsync(theirTurn, 20);
        await theirs.SaveChangesAsync(theirTurn);

        await myCount.SetAsync(myTurn, 2);
        await Assert.ThrowsAsync<ETagConflictException>(() => mine.SaveChangesAsync(myTurn));
        Assert.Equal(20, (int)(await ReadDocumentAsync("test/conversations/conversation-1"))["count"]!);
    }

    [Fact]
    public async Task Two_instances_creating_the_same_new_state_conflict()
    {
        var mine = new ConversationState(Storage);
        var theirs = new ConversationState(Storage);
        var myTurn = StateTestAdapter.Turn();
        await mine.CreateProperty<string>("owner").SetAsync(myTurn, "mine");

        var theirTurn = StateTestAdapter.Turn();
        await theirs.CreateProperty<string>("owner").SetAsync(theirTurn, "theirs");
        await theirs.SaveChangesAsync(theirTurn);

        await Assert.ThrowsAsync<ETagConflictException>(() => mine.SaveChangesAsync(myTurn));
        Assert.Equal("theirs", (string?)(await ReadDocumentAsync("test/conversations/conversation-1"))["owner"]);
    }

    [Fact]
    public async Task Clearing_loaded_state_and_saving_empties_it()
    {
        var state = new ConversationState(Storage);
        var profile = state.CreateProperty<TestProfile>("profile");
        var first = StateTestAdapter.Turn();
        await profile.SetAsync(first, new TestProfile { Name = "A" });
        await state.SaveChangesAsync(first);

        var second = StateTestAdapter.Turn();
        Assert.NotNull(await profile.GetAsync(second));
        state.ClearState(second);
        Assert.Null(await profile.GetAsync(second));
        await state.SaveChangesAsync(second);

        Assert.Empty(await ReadDocumentAsync("test/conversations/conversation-1"));
        Assert.Null(await profile.GetAsync(StateTestAdapter.Turn()));
    }

    [Fact]
    public async Task Clearing_state_that_was_not_loaded_this_turn_still_empties_it()
    {
        var state = new ConversationState(Storage);
        var first = StateTestAdapter.Turn();
        await state.CreateProperty<int>("count").SetAsync(first, 5);
        await state.SaveChangesAsync(first);

        var second = StateTestAdapter.Turn();
        state.ClearState(second);
        await state.SaveChangesAsync(second);

        Assert.Empty(await ReadDocumentAsync("test/conversations/conversation-1"));
    }

    [Fact]
    public async Task Deleting_state_removes_it_from_storage()
    {
        var state = new ConversationState(Storage);
        var first = StateTestAdapter.Turn();
        await state.CreateProperty<int>("count").SetAsync(first, 5);
        await state.SaveChangesAsync(first);

        await state.DeleteAsync(StateTestAdapter.Turn());

        Assert.Empty(await Storage.ReadAsync(["test/conversations/conversation-1"]));
    }

    [Fact]
    public async Task Conversation_state_is_per_conversation_and_user_state_per_user()
    {
        var conversationState = new ConversationState(Storage);
        var userState = new UserState(Storage);
        var topic = conversationState.CreateProperty<string>("topic");
        var name = userState.CreateProperty<string>("name");

        var turn = StateTestAdapter.Turn("conversation-1", "user-1");
        await topic.SetAsync(turn, "billing");
        await name.SetAsync(turn, "Ana");
        await conversationState.SaveChangesAsync(turn);
        await userState.SaveChangesAsync(turn);

        var sameUserElsewhere = StateTestAdapter.Turn("conversation-2", "user-1");
        Assert.Equal("Ana", await name.GetAsync(sameUserElsewhere));
        Assert.Null(await topic.GetAsync(sameUserElsewhere));
        var otherUserSameConversation = StateTestAdapter.Turn("conversation-1", "user-2");
        Assert.Null(await name.GetAsync(otherUserSameConversation));
        Assert.Equal("billing", await topic.GetAsync(otherUserSameConversation));

        Assert.Equal("Ana", (string?)(await ReadDocumentAsync("test/users/user-1"))["name"]);
        Assert.Equal("billing", (string?)(await ReadDocumentAsync("test/conversations/conversation-1"))["topic"]);
    }
}
