using CobBot.Framework.State;

namespace CobBot.Tests.State;

public sealed class MemoryStorageBotStateTests : BotStateTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage());
}
