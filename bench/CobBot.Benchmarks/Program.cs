using BenchmarkDotNet.Running;
using CobBot.Benchmarks;

// dotnet run -c Release --project bench/CobBot.Benchmarks -- --filter '*'   (see bench/README.md)
BenchmarkSwitcher.FromAssembly(typeof(ConversationBenchmarks).Assembly).Run(args);
