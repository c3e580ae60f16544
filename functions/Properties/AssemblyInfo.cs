using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("HdndWorkflow.Functions.Tests")]
