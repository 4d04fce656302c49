using CobBot.Framework.State;

namespace CobBot.Tests.Framework.State;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage());
}
