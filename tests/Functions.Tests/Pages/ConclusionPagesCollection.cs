namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// The conclusion pages' own app on Kestrel: their tests move the clock past the conference (an article is dated the
/// day it is published, never before the conference), which the other page tests must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConclusionPagesCollection : ICollectionFixture<PagesAppFixture>
{
    public const string Name = "Conclusion pages on Kestrel, with a clock of their own";

    public const string ApproverEmail = "phe-duyet@hdnd.localhost";
}
