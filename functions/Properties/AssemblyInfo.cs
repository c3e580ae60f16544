using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("HdndWorkflow.Functions.Tests")]

// The console benchmark writes its 100,000 instances' conferences through the app's own store (ConferenceStore).
[assembly: InternalsVisibleTo("HdndWorkflow.Console.Benchmarks")]
